using System.Diagnostics;
using Xunit;

namespace SupplierMeetups.UnitTests.Support;

/// <summary>
/// Runs a command-line tool found on PATH (poppler-utils, zbar-tools). A missing tool fails the test with
/// the package to install: these checks must never pass silently by being skipped.
/// </summary>
internal static class ExternalTool
{
    private static readonly Dictionary<string, string> DebianPackages = new()
    {
        ["pdftotext"] = "poppler-utils",
        ["pdfinfo"] = "poppler-utils",
        ["pdftoppm"] = "poppler-utils",
        ["pdffonts"] = "poppler-utils",
        ["zbarimg"] = "zbar-tools",
    };

    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var path = Locate(tool);
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {path}.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
        return await output;
    }

    private static string Locate(string tool)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var found = directories.Select(directory => Path.Combine(directory, tool)).FirstOrDefault(File.Exists);
        Assert.True(found is not null,
            $"'{tool}' is not on PATH; install it (apt-get install -y {DebianPackages.GetValueOrDefault(tool, tool)}) or run tests/run.sh, which does.");
        return found!;
    }
}
