using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace SupplierMeetups.IntegrationTests.Api;

/// <summary>
/// Writes the integrator's client from the OpenAPI document alone, as an integrator would with NSwag: one client
/// class per controller, System.Text.Json, relative addresses (the caller's HttpClient.BaseAddress). The result is
/// checked in as tests/SupplierMeetups.IntegratorClient/IntegratorClient.g.cs; regenerate it with
/// <c>bash tests/tools/generate-client.sh</c>.
/// </summary>
public static class IntegratorClientGenerator
{
    public const string Namespace = "SupplierMeetups.IntegratorClient";

    /// <summary>Set to 1, the drift test writes the checked-in file instead of comparing it.</summary>
    public const string RegenerateVariable = "SUPPLIERMEETUPS_REGENERATE_CLIENT";

    public static string Generate(OpenApiDocument document)
    {
        var code = new CSharpClientGenerator(document, new CSharpClientGeneratorSettings
        {
            ClassName = "{controller}Client",
            OperationNameGenerator = new MultipleClientsFromOperationIdOperationNameGenerator(),
            UseBaseUrl = false,
            CSharpGeneratorSettings = { Namespace = Namespace, JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson },
        }).GenerateFile();
        // NSwag 14.8 writes FileParameter into signatures of multipart operations (proof, logo) read from an OpenAPI 3
        // requestBody, but renders the class only for file parameters it finds elsewhere: its own class, as NSwag ships it.
        if (!code.Contains("class FileParameter", StringComparison.Ordinal))
        {
            code += $$"""

                namespace {{Namespace}}
                {
                    [System.CodeDom.Compiler.GeneratedCode("NSwag", "14.8.0.0")]
                    public partial class FileParameter
                    {
                        public FileParameter(System.IO.Stream data, string fileName = null, string contentType = null)
                        {
                            Data = data;
                            FileName = fileName;
                            ContentType = contentType;
                        }

                        public System.IO.Stream Data { get; }

                        public string FileName { get; }

                        public string ContentType { get; }
                    }
                }

                """;
        }
        return Normalized(code);
    }

    /// <summary>LF line ends, no trailing spaces, one final newline: the repository's .editorconfig, so the file never drifts.</summary>
    public static string Normalized(string code) =>
        string.Join('\n', code.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd())).TrimEnd('\n') + "\n";

    /// <summary>The checked-in file, found from the test's output folder up to the repository root.</summary>
    public static string CheckedInPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupplierMeetups.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "SupplierMeetups.IntegratorClient", "IntegratorClient.g.cs");
            }
        }
        throw new InvalidOperationException("SupplierMeetups.sln not found above " + AppContext.BaseDirectory);
    }
}
