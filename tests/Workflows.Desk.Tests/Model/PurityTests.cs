using Workflows.Desk.Requests;

namespace Workflows.Desk.Tests.Model;

public sealed class PurityTests
{
    [Fact]
    public void Given_the_domain_assembly_then_it_uses_no_Azure_and_no_ASP_NET_types()
    {
        var referenced = typeof(DeskRequestWorkflow).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("Workflows.Steps", referenced);
        Assert.DoesNotContain("Workflows.Engine", referenced);
        Assert.DoesNotContain(referenced, n => n.StartsWith("Azure", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
