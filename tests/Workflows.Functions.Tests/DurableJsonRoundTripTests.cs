using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.DurableTask;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Functions.Hosting;
using Workflows.Orchestration.Hosting;
using Workflows.Orchestration.Orchestrators;
using Workflows.Steps;

namespace Workflows.Functions.Tests;

/// <summary>
/// The task hub holds what one side writes and the other reads: the web app's client (<see cref="DurableJson.Client"/>)
/// starts instances and raises signals the Function App's worker reads, and reads the custom status the worker sets.
/// The worker's converter is the one the Durable extension builds from the Function App's services.
/// </summary>
public sealed class DurableJsonRoundTripTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 9, 8, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Given_the_function_apps_services_then_the_durable_worker_writes_the_workflows_json_not_the_defaults()
    {
        // The workflows' options: camelCase, enums as names, nulls left out (Durable's and the Functions worker's
        // defaults would write {"status":3,"reason":null} or {"Status":3,"Reason":null}).
        var value = new { Status = RuntimeStatus.Completed, Reason = (string?)null };

        Assert.Equal("""{"status":"Completed"}""", WorkerConverter().Serialize(value));
        Assert.Equal(DurableJson.Client.Serialize(value), WorkerConverter().Serialize(value));
    }

    [Fact]
    public void Given_a_start_input_written_by_the_client_when_the_worker_reads_it_then_every_field_survives()
    {
        using var document = JsonDocument.Parse("""{"comune":"001034","category":"credit","contact":{"email":"a@example.it"}}""");
        var input = new OrchestrationInput { StartInput = document.RootElement.Clone(), StartedAt = At, ClockTravel = true };

        var read = WorkerConverter().Deserialize<OrchestrationInput>(DurableJson.Client.Serialize(input));

        Assert.NotNull(read);
        Assert.Equal(At, read.StartedAt);
        Assert.True(read.ClockTravel);
        Assert.Null(read.Memory);
        Assert.Equal("001034", read.StartInput!.Value.GetProperty("comune").GetString());
        Assert.Equal("a@example.it", read.StartInput.Value.GetProperty("contact").GetProperty("email").GetString());
    }

    [Fact]
    public void Given_a_signal_raised_by_the_client_when_the_worker_reads_it_then_name_payload_key_and_domain_time_survive()
    {
        using var payload = JsonDocument.Parse("""{"slot":2,"note":"Va bene alle 9:30"}""");
        var signal = new WorkflowSignal("sig-1", "ApplicantConfirmed", payload.RootElement.Clone(), "link-7f3a", At.AddDays(3));

        var read = WorkerConverter().Deserialize<WorkflowSignal>(DurableJson.Client.Serialize(signal));

        Assert.NotNull(read);
        Assert.Equal(("sig-1", "ApplicantConfirmed", "link-7f3a", At.AddDays(3)), (read.SignalId, read.Name, read.SingleUseKey, read.DomainNow));
        Assert.Equal(2, read.Payload!.Value.GetProperty("slot").GetInt32());
        Assert.Equal("Va bene alle 9:30", read.Payload.Value.GetProperty("note").GetString());
    }

    [Fact]
    public void Given_a_custom_status_set_by_the_worker_when_the_client_reads_it_then_step_and_sequence_survive()
    {
        // What DeciderOrchestrator sets after every turn.
        var written = WorkerConverter().Serialize(new { step = "ConvocationSent", sequence = 12L });

        var read = (JsonElement)DurableJson.Client.Deserialize(written!, typeof(JsonElement));

        Assert.Equal("ConvocationSent", read.GetProperty("step").GetString());
        Assert.Equal(12, read.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public void Given_a_worker_output_when_the_client_reads_it_then_it_is_the_same_record()
    {
        var input = new OrchestrationInput { StartedAt = At };

        var read = (OrchestrationInput)DurableJson.Client.Deserialize(WorkerConverter().Serialize(input)!, typeof(OrchestrationInput));

        Assert.Equal(input, read);
    }

    /// <summary>
    /// The worker's converter as the Function App gets it: its services (<see cref="FunctionAppServices"/>) plus the
    /// Durable extension's own start-up, which builds the converter from the worker's serializer.
    /// </summary>
    private static Microsoft.DurableTask.DataConverter WorkerConverter()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflowFunctions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = TestStorage.ConnectionString,
        }).Build());
        new DurableTaskExtensionStartup().Configure(new ApplicationBuilder(services));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DurableTaskWorkerOptions>>().Value.DataConverter;
    }

    private sealed class ApplicationBuilder(IServiceCollection services) : IFunctionsWorkerApplicationBuilder
    {
        public IServiceCollection Services => services;

        public IFunctionsWorkerApplicationBuilder Use(Func<FunctionExecutionDelegate, FunctionExecutionDelegate> middleware) => this;
    }
}
