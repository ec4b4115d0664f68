using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.DurableTask;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Functions.Hosting;
using Workflows.Orchestration.Activities;
using Workflows.Orchestration.Hosting;
using Workflows.Orchestration.Orchestrators;
using Workflows.Steps;

namespace Workflows.Functions.Tests;

/// <summary>
/// The task hub holds what one side writes and the other reads: the web app's client (<see cref="DurableJson.Client"/>)
/// starts instances and raises signals the Function App's worker reads, and reads the custom status the worker sets.
/// The worker's converter is the one the Durable extension builds from the Function App's services; both encrypt with
/// the same <c>TaskHub:PayloadKeys</c>, and nothing personal is left in clear in what they write.
/// </summary>
public sealed class DurableJsonRoundTripTests
{
    private const string ApplicantEmail = "giulia.bianchi@example.it";
    private const string ApplicantName = "Giulia Bianchi";
    private static readonly DateTimeOffset At = new(2026, 3, 9, 8, 30, 0, TimeSpan.FromHours(1));
    private static readonly TaskHubPayloadKeys Keys = TaskHubPayloadKeys.Generate("k2026");
    private static readonly DurableJson Web = new(Keys);

    [Fact]
    public void Given_the_function_apps_services_then_the_durable_worker_and_client_use_the_encrypting_converter()
    {
        using var provider = FunctionApp();
        var worker = provider.GetRequiredService<IOptions<DurableTaskWorkerOptions>>().Value.DataConverter;
        var client = provider.GetRequiredService<IOptions<DurableTaskClientOptions>>().Value.DataConverter;
        var value = new { Status = RuntimeStatus.Completed, Reason = (string?)null, Name = ApplicantName };

        foreach (var written in new[] { worker.Serialize(value)!, client.Serialize(value)! })
        {
            Assert.StartsWith("\"p1.k2026.", written, StringComparison.Ordinal);
            Assert.DoesNotContain("Giulia", written, StringComparison.OrdinalIgnoreCase);

            // The workflows' options under the encryption: camelCase, enums as names, nulls left out.
            Assert.Equal($$"""{"status":"Completed","name":"{{ApplicantName}}"}""", JsonSerializer.Serialize(Web.Deserialize(written, typeof(JsonElement))));
        }
    }

    [Fact]
    public void Given_a_start_input_written_by_the_client_when_the_worker_reads_it_then_every_field_survives_and_none_is_in_clear()
    {
        using var document = JsonDocument.Parse($$"""{"comune":"001034","category":"credit","contact":{"name":"{{ApplicantName}}","email":"{{ApplicantEmail}}","phone":"+39 011 555 0101"},"description":"Brevetto per un essiccatoio di castagne"}""");
        var input = new OrchestrationInput { StartInput = document.RootElement.Clone(), StartedAt = At, ClockTravel = true };

        var written = Web.Client.Serialize(input);
        var read = WorkerConverter().Deserialize<OrchestrationInput>(written);

        AssertNothingInClear(written, ApplicantName, ApplicantEmail, "555 0101", "essiccatoio", "001034");
        Assert.NotNull(read);
        Assert.Equal(At, read.StartedAt);
        Assert.True(read.ClockTravel);
        Assert.Null(read.Memory);
        Assert.Equal("001034", read.StartInput!.Value.GetProperty("comune").GetString());
        Assert.Equal(ApplicantEmail, read.StartInput.Value.GetProperty("contact").GetProperty("email").GetString());
    }

    [Fact]
    public void Given_a_signal_raised_by_the_client_when_the_worker_reads_it_then_name_payload_key_and_domain_time_survive()
    {
        using var payload = JsonDocument.Parse("""{"slot":2,"note":"Va bene alle 9:30, Giulia"}""");
        var signal = new WorkflowSignal("sig-1", "ApplicantConfirmed", payload.RootElement.Clone(), "link-7f3a", At.AddDays(3));

        var written = Web.Client.Serialize(signal);
        var read = WorkerConverter().Deserialize<WorkflowSignal>(written);

        AssertNothingInClear(written, "Giulia", "ApplicantConfirmed", "link-7f3a");
        Assert.NotNull(read);
        Assert.Equal(("sig-1", "ApplicantConfirmed", "link-7f3a", At.AddDays(3)), (read.SignalId, read.Name, read.SingleUseKey, read.DomainNow));
        Assert.Equal(2, read.Payload!.Value.GetProperty("slot").GetInt32());
        Assert.Equal("Va bene alle 9:30, Giulia", read.Payload.Value.GetProperty("note").GetString());
    }

    [Fact]
    public void Given_an_activity_input_scheduled_by_the_web_apps_worker_when_the_function_apps_activity_reads_it_then_the_whole_email_survives()
    {
        var model = JsonSerializer.SerializeToElement(new { applicantName = ApplicantName, requestCode = "TO-2026-0042" });
        var delivery = new EmailDelivery("abc123", "DeskRequest", "e-1", new SendEmail("convocation", ApplicantEmail, "it", model), 1, At);

        var written = Web.Worker.Serialize(delivery)!;
        var read = WorkerConverter().Deserialize<EmailDelivery>(written);

        AssertNothingInClear(written, ApplicantName, ApplicantEmail, "convocation");
        Assert.NotNull(read);
        Assert.Equal(ApplicantEmail, read.Email.To);
        Assert.Equal(ApplicantName, read.Email.Model.GetProperty("applicantName").GetString());
        Assert.Equal((delivery.InstanceId, delivery.EmailId, delivery.Attempt, delivery.DecidedAt), (read.InstanceId, read.EmailId, read.Attempt, read.DecidedAt));
    }

    [Fact]
    public void Given_an_activity_result_written_through_the_function_apps_serializer_then_it_is_json_for_the_host_and_the_orchestrator_reads_it()
    {
        // Activity results leave the isolated worker through WorkerOptions.Serializer as JSON the host parses.
        using var provider = FunctionApp();
        var serializer = provider.GetRequiredService<IOptions<WorkerOptions>>().Value.Serializer!;
        var loaded = new EmailDelivery("abc123", "DeskRequest", "e-1", new SendEmail("receipt", ApplicantEmail, "it", JsonSerializer.SerializeToElement(new { requestCode = "TO-2026-0042" })), 2, At);

        var written = serializer.Serialize(loaded).ToString();

        using (var asJson = JsonDocument.Parse(written))
        {
            Assert.Equal(JsonValueKind.String, asJson.RootElement.ValueKind);
        }

        AssertNothingInClear(written, ApplicantEmail);
        Assert.Equal(ApplicantEmail, Web.Worker.Deserialize<EmailDelivery>(written)!.Email.To);
    }

    [Fact]
    public void Given_a_parameter_array_as_durable_task_core_passes_an_activity_input_then_it_stays_an_array_of_sealed_items()
    {
        // DurableTask.Core serializes an activity's parameters as an array and the worker shims strip the brackets
        // as text; a host may also hand the sealed string over unwrapped.
        var delivery = new EmailDelivery("abc123", "DeskRequest", "e-1", new SendEmail("receipt", ApplicantEmail, "it", JsonSerializer.SerializeToElement(new { n = 1 })), 1, At);

        var written = Web.Worker.Serialize(new object?[] { delivery })!;
        var item = written[1..^1];

        Assert.StartsWith("[\"p1.k2026.", written, StringComparison.Ordinal);
        Assert.DoesNotContain(ApplicantEmail, written, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ApplicantEmail, WorkerConverter().Deserialize<EmailDelivery>(item)!.Email.To);
        Assert.Equal(ApplicantEmail, WorkerConverter().Deserialize<EmailDelivery>(item.Trim('"'))!.Email.To);
    }

    [Fact]
    public void Given_a_turns_results_an_array_of_records_when_the_orchestrator_reads_them_then_they_survive_sealed_whole()
    {
        // An activity returning one result per e-mail: an array of records is covariant with object[], but it is a
        // value, not DurableTask.Core's parameter array, and must read back as the list the orchestrator awaits.
        EmailSendResult[] results = [new(EmailSendResult.Sent), new(EmailSendResult.Refused, null, "550 " + ApplicantEmail)];

        var written = Web.Worker.Serialize(results)!;
        var read = WorkerConverter().Deserialize<IReadOnlyList<EmailSendResult>>(written)!;

        AssertNothingInClear(written, ApplicantEmail);
        Assert.Equal(results, read);
    }

    [Fact]
    public void Given_a_custom_status_set_by_the_worker_when_the_client_reads_it_then_step_and_sequence_survive()
    {
        // What DeciderOrchestrator sets after every turn.
        var written = WorkerConverter().Serialize(new { step = "ConvocationSent", sequence = 12L });

        var read = (JsonElement)Web.Client.Deserialize(written!, typeof(JsonElement));

        AssertNothingInClear(written, "ConvocationSent");
        Assert.Equal("ConvocationSent", read.GetProperty("step").GetString());
        Assert.Equal(12, read.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public void Given_a_worker_output_when_the_client_reads_it_then_it_is_the_same_record()
    {
        var input = new OrchestrationInput { StartedAt = At };

        var read = (OrchestrationInput)Web.Client.Deserialize(WorkerConverter().Serialize(input)!, typeof(OrchestrationInput));

        Assert.Equal(input, read);
    }

    [Fact]
    public void Given_a_payload_changed_in_the_hub_when_it_is_read_then_it_is_refused()
    {
        var written = Web.Client.Serialize(new { email = ApplicantEmail });
        var token = written[1..^1];
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(token.AsSpan(token.LastIndexOf('.') + 1));
        bytes[^20] ^= 1; // one bit of the ciphertext
        var changed = $"\"{token[..(token.LastIndexOf('.') + 1)]}{System.Buffers.Text.Base64Url.EncodeToString(bytes)}\"";
        var otherKey = written.Replace("p1.k2026.", "p1.k2027.", StringComparison.Ordinal);

        var refused = Assert.ThrowsAny<CryptographicException>(() => WorkerConverter().Deserialize<JsonElement>(changed));
        Assert.Contains("failed authentication", refused.Message, StringComparison.Ordinal);
        var unknown = Assert.ThrowsAny<CryptographicException>(() => WorkerConverter().Deserialize<JsonElement>(otherKey));
        Assert.Contains("'k2027'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_new_current_key_when_a_payload_written_with_the_old_one_is_read_then_it_decrypts_and_new_ones_use_the_new_key()
    {
        var old = Web.Client.Serialize(new { email = ApplicantEmail });
        var rotated = new TaskHubPayloadKeys
        {
            CurrentKeyId = "k2027",
            Keys = new(StringComparer.Ordinal) { ["k2027"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), ["k2026"] = Keys.Keys["k2026"] },
        };
        var after = new DurableJson(rotated);

        var read = after.Client.Deserialize<JsonElement>(old);

        Assert.Equal(ApplicantEmail, read.GetProperty("email").GetString());
        Assert.StartsWith("\"p1.k2027.", after.Client.Serialize(new { email = ApplicantEmail }), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_plain_json_written_before_encryption_when_it_is_read_then_it_still_reads_and_null_stays_null()
    {
        var plain = """{"signalId":"sig-0","name":"Withdraw","singleUseKey":"link-1"}""";

        var read = WorkerConverter().Deserialize<WorkflowSignal>(plain);

        Assert.Equal(("sig-0", "Withdraw", "link-1"), (read!.SignalId, read.Name, read.SingleUseKey));
        Assert.Null(WorkerConverter().Serialize(null));
        Assert.Null(WorkerConverter().Deserialize<WorkflowSignal>(null));
        Assert.Null(Web.Client.Deserialize<WorkflowSignal>("null"));
    }

    [Fact]
    public void Given_a_key_ring_whose_key_is_not_32_bytes_then_validation_names_the_key_but_not_its_value()
    {
        var shortKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var ring = new TaskHubPayloadKeys { CurrentKeyId = "k1", Keys = new(StringComparer.Ordinal) { ["k1"] = shortKey } };

        var errors = ring.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(ring)).ToList();

        var error = Assert.Single(errors);
        Assert.Contains("'k1'", error.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(shortKey, error.ErrorMessage, StringComparison.Ordinal);
    }

    private static void AssertNothingInClear(string written, params string[] personal)
    {
        Assert.StartsWith("\"p1.", written, StringComparison.Ordinal);
        foreach (var value in personal)
        {
            Assert.DoesNotContain(value, written, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Given_no_payload_key_when_the_function_app_starts_then_it_refuses_to_write_the_task_hub_in_clear()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflowFunctions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = TestStorage.ConnectionString,
        }).Build());
        using var provider = services.BuildServiceProvider();

        var refused = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TaskHubPayloadKeys>>().Value);

        Assert.Contains("TaskHub:PayloadKeys", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The worker's converter as the Function App gets it: its services (<see cref="FunctionAppServices"/>) plus the
    /// Durable extension's own start-up, which builds the converter from the worker's serializer.
    /// </summary>
    private static Microsoft.DurableTask.DataConverter WorkerConverter()
    {
        using var provider = FunctionApp();
        return provider.GetRequiredService<IOptions<DurableTaskWorkerOptions>>().Value.DataConverter;
    }

    private static ServiceProvider FunctionApp()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflowFunctions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = TestStorage.ConnectionString,
            ["TaskHub:PayloadKeys:CurrentKeyId"] = Keys.CurrentKeyId,
            ["TaskHub:PayloadKeys:Keys:k2026"] = Keys.Keys["k2026"],
        }).Build());
        new DurableTaskExtensionStartup().Configure(new ApplicationBuilder(services));
        return services.BuildServiceProvider();
    }

    private sealed class ApplicationBuilder(IServiceCollection services) : IFunctionsWorkerApplicationBuilder
    {
        public IServiceCollection Services => services;

        public IFunctionsWorkerApplicationBuilder Use(Func<FunctionExecutionDelegate, FunctionExecutionDelegate> middleware) => this;
    }
}
