namespace Workflows.Host.Tests.Web;

/// <summary>Tests of the host as the run command starts it (Development).</summary>
[CollectionDefinition(Name)]
public sealed class RunCommandCollection : ICollectionFixture<RunCommandFixture>
{
    public const string Name = "run-command";
}
