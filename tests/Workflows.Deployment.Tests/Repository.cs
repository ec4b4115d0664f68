namespace Workflows.Deployment.Tests;

/// <summary>Paths in the repository under test, found from the test assembly's location.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root (the folder holding Workflows.sln and host.json).</summary>
    public static string Root => RootPath.Value;

    /// <summary>host.json at the repository root.</summary>
    public static string HostJson => Path.Combine(Root, "host.json");

    /// <summary>The isolated-worker Function App's project folder.</summary>
    public static string FunctionsProject => Path.Combine(Root, "functions", "Workflows.Functions");

    /// <summary>A path below the repository root, given as segments.</summary>
    public static string PathOf(params string[] segments) => Path.Combine([Root, .. segments]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Workflows.sln"))
                && File.Exists(Path.Combine(directory.FullName, "host.json")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (Workflows.sln + host.json) above {AppContext.BaseDirectory}.");
    }
}
