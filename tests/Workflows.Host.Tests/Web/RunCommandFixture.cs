namespace Workflows.Host.Tests.Web;

/// <summary>The host as <c>./scripts/run.sh</c> starts it: Development, build output (not a publish folder).</summary>
public sealed class RunCommandFixture : WebFixture
{
    protected override string EnvironmentName => "Development";
}
