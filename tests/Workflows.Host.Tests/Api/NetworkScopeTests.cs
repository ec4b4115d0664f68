using System.Security.Claims;
using Workflows.Host.Api;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Tests.Api;

/// <summary>The API's network scope: who sees which instance, and which tag filters a list runs (pure, no storage).</summary>
public sealed class NetworkScopeTests
{
    private static NetworkScope Of(params string[] networks) =>
        NetworkScope.Of(new ClaimsPrincipal(new ClaimsIdentity(networks.Select(n => new Claim(StaffClaims.NetworkId, n)), "test")));

    private static Dictionary<string, string> Tags(string network) => new() { ["network"] = network, ["partner"] = "novain" };

    [Fact]
    public void Given_a_network_coordinator_then_only_instances_of_that_network_are_allowed()
    {
        var scope = Of("canavese");

        Assert.True(scope.Allows(Tags("canavese")));
        Assert.False(scope.Allows(Tags("alessandria")));
        Assert.False(scope.Allows(new Dictionary<string, string>()));
        Assert.False(scope.Allows(null));
    }

    [Fact]
    public void Given_a_coordinator_of_the_whole_service_then_everything_is_allowed_and_filters_pass_unchanged()
    {
        var scope = Of();
        var asked = new Dictionary<string, string> { ["partner"] = "novain" };

        Assert.True(scope.IsUnrestricted);
        Assert.True(scope.Allows(null));
        Assert.Same(asked, Assert.Single(scope.TagFilters(asked)));
    }

    [Fact]
    public void Given_two_networks_when_a_list_is_filtered_then_one_filter_per_network_keeping_the_callers_tags()
    {
        var filters = Of("canavese", "alessandria").TagFilters(new Dictionary<string, string> { ["partner"] = "novain" });

        Assert.Equal(["alessandria", "canavese"], filters.Select(f => f!["network"]));
        Assert.All(filters, f => Assert.Equal("novain", f!["partner"]));
    }

    [Fact]
    public void Given_a_caller_asking_for_another_network_then_no_filter_so_nothing_is_listed()
    {
        Assert.Empty(Of("canavese").TagFilters(new Dictionary<string, string> { ["network"] = "alessandria" }));
        Assert.Single(Of("canavese").TagFilters(new Dictionary<string, string> { ["network"] = "canavese" }));
    }
}
