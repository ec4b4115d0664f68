using Microsoft.Extensions.Options;

namespace Workflows.Host.Tests.Runtime;

/// <summary>
/// Moving the workflows' clock is for tests and the demo: a production host refuses to start with it; nor does it start
/// without a key for the task hub's payloads.
/// </summary>
public sealed class ClockTravelTests
{
    [Fact]
    public async Task Given_clock_travel_switched_on_in_production_when_the_host_starts_then_it_refuses_naming_the_setting()
    {
        await using var host = HostFixture.With(settings => settings["TaskHub:AllowClockTravel"] = "true", environment: "Production");

        var failure = await Assert.ThrowsAnyAsync<Exception>(host.InitializeAsync);

        var validation = Assert.IsType<OptionsValidationException>(failure.InnerException);
        Assert.Contains("TaskHub:AllowClockTravel", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_no_payload_key_in_production_when_the_host_starts_then_it_refuses_naming_the_setting()
    {
        await using var host = HostFixture.With(
            settings =>
            {
                settings.Remove("TaskHub:PayloadKeys:CurrentKeyId");
                settings.Remove("TaskHub:PayloadKeys:Keys:test");
            },
            environment: "Production");

        var failure = await Assert.ThrowsAnyAsync<Exception>(host.InitializeAsync);

        var validation = Assert.IsType<OptionsValidationException>(failure.InnerException);
        Assert.Contains("TaskHub:PayloadKeys", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_production_host_then_its_runtime_refuses_to_move_an_instances_clock()
    {
        await using var host = HostFixture.With(null, fakeClock: false, environment: "Production");
        await host.InitializeAsync();

        var result = await host.Commands.AdvanceClockAsync(InstanceId.New(), DateTimeOffset.MaxValue, CancellationToken.None);

        Assert.Equal(Workflows.Host.Runtime.EventOutcome.Rejected, result.Outcome);
    }
}
