using System.Net;

namespace Workflows.Host.Tests.Api;

/// <summary>The "api" rate limit counts per caller: one busy coordinator does not lock out another.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Given_a_limit_of_three_when_a_coordinator_calls_a_fourth_time_then_429_with_retry_after_and_others_go_on()
    {
        await using var host = HostFixture.With(settings =>
        {
            settings["Api:RateLimit:PermitLimit"] = "3";
            settings["Api:RateLimit:Window"] = "00:05:00";
        });
        using var busy = host.CreateSignedInClient("coordinatore.alessandria@example.org", "coordinator");
        using var other = host.CreateSignedInClient("coordinatrice.torino@example.org", "coordinator");

        for (var i = 0; i < 3; i++)
        {
            using var ok = await busy.GetAsync(new Uri("/api/instances", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await busy.GetAsync(new Uri("/api/instances", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);

        using var fine = await other.GetAsync(new Uri("/api/instances", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        for (var i = 0; i < 5; i++)
        {
            using var health = await busy.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
    }
}
