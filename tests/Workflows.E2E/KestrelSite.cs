using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using Workflows.Host.Tests;

namespace Workflows.E2E;

/// <summary>
/// The service as a newcomer runs it (Development, real e-mail path, nothing stubbed) on Kestrel at a free
/// 127.0.0.1 port, against Azurite with tables and queues of its own (removed at the end), and a Chromium.
/// </summary>
public abstract class KestrelSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    private Chromium? _chromium;

    private Chromium Started => _chromium ?? throw new InvalidOperationException("Not started.");

    protected KestrelSite()
    {
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}";
    }

    public string Prefix { get; } = TestStorage.NewPrefix('e');

    public int Port { get; }

    public string BaseUrl { get; }

    public IBrowser Browser => Started.Browser;

    /// <summary>The settings of this site; subclasses add theirs to the base ones.</summary>
    protected virtual Dictionary<string, string?> Settings() => new(StringComparer.Ordinal)
    {
        ["Storage:ConnectionString"] = TestStorage.ConnectionString,
        ["Storage:TablePrefix"] = Prefix,
        ["TaskHub:Name"] = Prefix,
        ["TaskHub:PartitionCount"] = "1",
        ["TaskHub:DrainOnStop"] = "false", // the hub is deleted after the test: nothing to hand over
        ["TaskHub:MaxQueuePollingInterval"] = "00:00:00.200",
        ["TaskHub:OutcomeWait"] = "00:00:30",
        ["TaskHub:PayloadKeys:CurrentKeyId"] = "e2e", // the hub encrypted, as in production
        ["TaskHub:PayloadKeys:Keys:e2e"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Directory:Demo"] = "true",
        ["ActionLinks:CurrentKeyId"] = "e2e",
        ["ActionLinks:Keys:e2e"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["SignIn:TokenTable"] = Prefix + "SignInTokens",
        ["Site:BaseUrl"] = BaseUrl,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(Settings()));
    }

    public virtual async Task InitializeAsync()
    {
        await TestStorage.EnsureReachableAsync();
        UseKestrel(Port);
        StartServer();
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A page in a fresh browser context (its own cookies), Italian unless <paramref name="locale"/> says otherwise.</summary>
    public Task<IPage> NewPageAsync(int width = 1280, int height = 900, string locale = "it-IT") =>
        Started.NewPageAsync(BaseUrl, width, height, locale);

    public new virtual async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await base.DisposeAsync();
        await TestStorage.DeleteAsync(Prefix);
        GC.SuppressFinalize(this);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
