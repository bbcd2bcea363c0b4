using SupplierMeetups.Scheduling;

namespace SupplierMeetups.UnitTests.Scheduling;

/// <summary>The shared matchmaking folder, which sits beside the repository (locally and in CI).</summary>
internal static class SharedSamples
{
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SupplierMeetups.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("SupplierMeetups.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Matchmaking => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "matchmaking"));

    public static string PathOf(string name) => Path.Combine(Matchmaking, "samples", name + ".json");

    public static SchedulingProblem Load(string name) => InstanceJson.ReadInstance(File.ReadAllText(PathOf(name)));
}
