using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace SupplierMeetups.Cluster;

/// <summary>
/// Debian's nginx on 127.0.0.1 in front of the instances, as deploy/nginx/default.conf is in production, with its
/// own prefix folder (config, pid, logs, temp files) and in the foreground as a child of this process. A request that
/// meets a dead instance (refused or reset connection, timeout, 502) or a 503 is retried once on the other instance;
/// non-idempotent requests too, which is safe here because the app's writes are idempotent (a visitor's second
/// registration answers "already registered").
/// </summary>
public sealed class Balancer : IAsyncDisposable
{
    private readonly Process _process;

    private Balancer(Process process, int port, string directory)
    {
        _process = process;
        Port = port;
        Directory = directory;
    }

    public int Port { get; }

    public string Directory { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string AccessLog => Path.Combine(Directory, "access.log");

    public static async Task<Balancer> StartAsync(string directory, int port, IEnumerable<int> upstreamPorts, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "temp"));
        var conf = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(conf, Config(directory, port, upstreamPorts), ct);
        var start = new ProcessStartInfo("nginx")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-p", directory + "/", "-c", conf, "-e", Path.Combine(directory, "error.log") })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var balancer = new Balancer(process, port, directory);
        var deadline = Stopwatch.StartNew();
        while (!await ListensAsync(port, ct))
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(15))
            {
                var errors = process.HasExited ? await process.StandardError.ReadToEndAsync(ct) : "";
                await balancer.DisposeAsync();
                throw new InvalidOperationException($"nginx did not listen on 127.0.0.1:{port}: {errors} {ReadOrEmpty(Path.Combine(directory, "error.log"))}");
            }
            await Task.Delay(100, ct);
        }
        return balancer;
    }

    /// <summary>The statuses nginx answered with (its access log), to tell the balancer's own 502/504 from the app's answers.</summary>
    public IReadOnlyDictionary<int, int> AnsweredStatuses()
    {
        var counts = new Dictionary<int, int>();
        foreach (var line in ReadOrEmpty(AccessLog).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(' ');
            if (fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            {
                counts[status] = counts.GetValueOrDefault(status) + 1;
            }
        }
        return counts;
    }

    private static string Config(string directory, int port, IEnumerable<int> upstreamPorts)
    {
        var servers = string.Join("\n", upstreamPorts.Select(p => $"        server 127.0.0.1:{p} max_fails=1 fail_timeout=3s;"));
        // Workers run as the master's user when it is not root; as root, nginx would switch them to "nobody",
        // who cannot write the temp folders of a test prefix.
        var user = Environment.UserName == "root" ? "user root root;" : "";
        var temp = Path.Combine(directory, "temp");
        return $$"""
            {{user}}
            daemon off;
            worker_processes 1;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log warn;
            events { worker_connections 1024; }
            http {
                log_format cluster '$msec $status $request_method $request_uri upstream=$upstream_addr upstream_status=$upstream_status time=$request_time';
                access_log {{directory}}/access.log cluster;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                upstream suppliermeetups {
            {{servers}}
                    keepalive 16;
                }
                server {
                    listen 127.0.0.1:{{port}};
                    client_max_body_size 25m;
                    location / {
                        proxy_pass http://suppliermeetups;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_buffering off;
                        proxy_connect_timeout 2s;
                        proxy_read_timeout 60s;
                        # A dead instance (refused, reset, 502) is retried on the other. A 503 is the app's own answer
                        # (database or bus down, with Retry-After) and goes to the client: retrying it here would also
                        # mark both instances failed, and nginx would answer 502 for fail_timeout.
                        proxy_next_upstream error timeout http_502 non_idempotent;
                        proxy_next_upstream_tries 2;
                        proxy_next_upstream_timeout 20s;
                    }
                    location = /nginx-health {
                        access_log off;
                        return 200 "ok\n";
                    }
                }
            }
            """;
    }

    private static async Task<bool> ListensAsync(int port, CancellationToken ct)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, ct);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd();
        }
        catch (IOException)
        {
            return "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
        _process.Dispose();
    }
}
