using Workflows.Host.Tests.Sample;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Authorization;

namespace Workflows.Host.Tests;

/// <summary>
/// The real host (<see cref="Program"/>) against Azurite, with its own uniquely named tables and queues, a test
/// workflow, a recording dispatcher and, by default, a fake clock that the orchestrations' domain clocks follow
/// (clock travel on, environment "Testing"). The Durable worker runs in the process. A missing Azurite fails the tests.
/// </summary>
public sealed class HostFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly Action<Dictionary<string, string?>>? _configure;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _fakeClock;
    private readonly string _environment;
    private int _disposed;

    public HostFixture()
        : this(null, null, fakeClock: true, "Testing")
    {
    }

    private HostFixture(Action<Dictionary<string, string?>>? configure, Action<IServiceCollection>? services, bool fakeClock, string environment)
    {
        _environment = environment;
        _configure = configure;
        _services = services;
        _fakeClock = fakeClock;
    }

    /// <summary>A host with changed settings or services (for a test of its own, disposed by the test).</summary>
    public static HostFixture With(
        Action<Dictionary<string, string?>>? configure,
        Action<IServiceCollection>? services = null,
        bool fakeClock = true,
        string environment = "Testing") =>
        new(configure, services, fakeClock, environment);

    public static string ConnectionString => TestStorage.ConnectionString;

    public string Prefix { get; } = "h" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A fresh action-link key per host.</summary>
    public static string TestLinkKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>The key that encrypts the task hub's payloads.</summary>
    public static string PayloadKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public FakeTimeProvider Clock { get; } = new(Start);

    public RecordingDispatcher Dispatcher { get; } = new();

    public IWorkflowCommands Commands => Services.GetRequiredService<IWorkflowCommands>();

    public IWorkflowQueries Queries => Services.GetRequiredService<IWorkflowQueries>();

    public TableClient Table(string suffix) => new TableServiceClient(ConnectionString).GetTableClient(Prefix + suffix);

    public Task InitializeAsync()
    {
        try
        {
            _ = Server; // builds and starts the host: the engine creates its tables and queues
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The host did not start against Azurite at '{ConnectionString}'. The test command starts Azurite; run tests through scripts/test.sh.", ex);
        }

        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>
    /// Stops the host, then deletes its tables and queues (in that order, so no write of the host's is still on its
    /// way to a deleted table). Each step runs even when the other failed; a failure is reported with the step.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            await base.DisposeAsync();
            return;
        }

        Exception? stopFailure = null;
        try
        {
            await base.DisposeAsync();
        }
        catch (Exception ex)
        {
            stopFailure = ex;
        }

        try
        {
            await TestStorage.DeleteAsync(Prefix);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"Deleting the test storage '{Prefix}' failed" + (stopFailure is null ? "." : " after the host failed to stop."), stopFailure is null ? ex : new AggregateException(stopFailure, ex));
        }

        if (stopFailure is not null)
        {
            throw new InvalidOperationException("The host failed to stop.", stopFailure);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = ConnectionString,
            ["Storage:TablePrefix"] = Prefix,
            ["Directory:Demo"] = "true",
            ["ActionLinks:CurrentKeyId"] = "test",
            ["ActionLinks:Keys:test"] = TestLinkKey,
            ["TaskHub:PayloadKeys:CurrentKeyId"] = "test", // the hub encrypted as in production
            ["TaskHub:PayloadKeys:Keys:test"] = PayloadKey,
            ["TaskHub:Name"] = Prefix,
            ["TaskHub:PartitionCount"] = "1",
            ["TaskHub:DrainOnStop"] = "false", // the hub is deleted after the test: nothing to hand over
            ["TaskHub:MaxQueuePollingInterval"] = "00:00:00.200",
            ["TaskHub:OutcomeWait"] = "00:00:30",
            ["Retention:LocalFirstRunDelay"] = "40.00:00:00", // the host's own daily run stays out of the tests' way
            ["TaskHub:AllowClockTravel"] = _fakeClock && _environment != "Production" ? "true" : "false",
        };
        _configure?.Invoke(settings);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (_fakeClock)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }

            services.AddSingleton<IOutboxDispatcher>(Dispatcher);

            // The host's own daily retention run stays out of the tests' way (the tests move the clock by months).
            foreach (var worker in services.Where(d => d.ImplementationType == typeof(Workflows.Host.Retention.LocalRetentionWorker)).ToList())
            {
                services.Remove(worker);
            }
            services.AddSingleton<IWorkflow, DeskRequestSample>();
            services.AddSingleton<IStartupFilter, TestRemoteAddress>();
            _services?.Invoke(services);
        });
    }

    /// <summary>An anonymous client that does not follow redirects.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in with the web cookie, as <paramref name="name"/> with <paramref name="roles"/>.</summary>
    public HttpClient CreateSignedInClient(string name, params string[] roles)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", TestSignIn.CookieHeader(Services, name, roles));
        return client;
    }

    /// <summary>A coordinator of <paramref name="networks"/> signed in with the web cookie.</summary>
    public HttpClient CreateNetworkCoordinatorClient(string name, params string[] networks)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(
            "Cookie",
            TestSignIn.CookieHeader(Services, name, [AppRoles.Coordinator], [.. networks.Select(n => new System.Security.Claims.Claim(global::Workflows.Host.Web.SignIn.StaffClaims.NetworkId, n))]));
        return client;
    }

    /// <summary>A coordinator signed in with the web cookie.</summary>
    public HttpClient CreateCoordinatorClient() => CreateSignedInClient("coordinatrice@example.org", AppRoles.Coordinator);

    /// <summary>A client calling with an API token.</summary>
    public HttpClient CreateBearerClient(string token)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Starts a sample desk request through the API and returns its id.</summary>
    public async Task<InstanceId> StartRequestAsync(HttpClient client, string partner, string comune = "001032", string category = "credito", CancellationToken ct = default)
    {
        using var response = await client.PostAsJsonAsync(
            "/api/workflows/" + DeskRequestSample.WorkflowName,
            new DeskRequestInput("Accesso al credito per una cooperativa di comunità", partner, comune, category, "referente@example.org"),
            ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var payload = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return InstanceId.Parse(payload.GetProperty("id").GetString()!);
    }

    /// <summary>
    /// Lets the orchestrations catch up: moves every running instance's domain clock to the fake clock's time (the
    /// timers due by then act) and waits until each has handled everything sent to it before.
    /// </summary>
    public Task<int> DeliverWorkAsync(CancellationToken ct = default) =>
        Services.GetRequiredService<Workflows.Host.Runtime.DurableWorkflowRuntime>().AdvanceAllClocksAsync(ct);
}
