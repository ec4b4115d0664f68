using System.Net;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// In Development minimal APIs throw on binding failures and the developer exception page is on: the API must
/// still answer 400 ProblemDetails, not 500 or an HTML page.
/// </summary>
public sealed class DevelopmentErrorsTests
{
    [Fact]
    public async Task Given_the_development_environment_when_a_flag_is_not_a_boolean_then_400_problem()
    {
        await using var host = HostFixture.With(null, environment: "Development");
        using var client = host.CreateCoordinatorClient();
        var id = await host.StartRequestAsync(client, "partner-dev");

        using var response = await client.GetAsync(new Uri($"/api/instances/{id.Value}?showHistory=maybe", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
