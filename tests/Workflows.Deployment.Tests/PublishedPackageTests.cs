using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;

namespace Workflows.Deployment.Tests;

/// <summary>The zip scripts/publish.sh builds is a Functions script root that the host can start.</summary>
public sealed class PublishedPackageTests(PublishedPackage package) : IClassFixture<PublishedPackage>
{
    [Fact]
    public void Given_the_publish_script_when_run_from_outside_the_repository_then_it_succeeds()
    {
        Assert.True(package.Result.ExitCode == 0, package.Result.ToString());
        Assert.True(File.Exists(package.Zip), package.Result.ToString());
    }

    [Fact]
    public void Given_the_package_then_host_json_and_the_function_folders_are_at_its_root_next_to_the_app()
    {
        Assert.True(package.Result.ExitCode == 0, package.Result.ToString());
        using var zip = ZipFile.OpenRead(package.Zip);
        var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("host.json", entries);
        Assert.Contains("http/function.json", entries);
        Assert.Contains("work/function.json", entries);
        Assert.Contains("sweeper/function.json", entries);
        Assert.Contains("retention/function.json", entries);
        Assert.Contains("Workflows.Host.dll", entries);
        Assert.Contains("Workflows.Host.runtimeconfig.json", entries);
        Assert.Contains("Workflows.Host.deps.json", entries);
        // The definitions live at the root only; a second copy inside the app would just confuse readers.
        Assert.DoesNotContain(entries, e => e.StartsWith("FunctionDefinitions/", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_package_then_its_host_and_function_files_are_the_repository_ones()
    {
        Assert.True(package.Result.ExitCode == 0, package.Result.ToString());
        using var zip = ZipFile.OpenRead(package.Zip);

        Assert.Equal(File.ReadAllText(Repository.HostJson), Read(zip, "host.json"));
        foreach (var function in new[] { "http", "work", "sweeper", "retention" })
        {
            var source = Path.Combine(Repository.FunctionDefinitions, function, "function.json");
            Assert.Equal(File.ReadAllText(source), Read(zip, $"{function}/function.json"));
        }
    }

    [Fact]
    public async Task Given_the_published_site_when_started_as_the_functions_host_does_then_it_answers_http_on_the_handler_port()
    {
        Assert.True(package.Result.ExitCode == 0, package.Result.ToString());
        var port = FreeLoopbackPort();

        // As the host does: `dotnet Workflows.Host.dll` with the script root as working directory and the
        // port in FUNCTIONS_CUSTOMHANDLER_PORT. ASPNETCORE_URLS names the same port for an app that does
        // not read the variable itself; the host gives the handler 60 seconds to answer.
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = package.Site,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("Workflows.Host.dll");
        Shell.PrepareEnvironment(startInfo, new Dictionary<string, string>
        {
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",

            // The app settings the Function App carries in Azure (storage, link key); here Azurite and a test key.
            ["Storage__ConnectionString"] = Environment.GetEnvironmentVariable("AZURITE_CONNECTION_STRING") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true",
            ["Storage__TablePrefix"] = "pkg" + Guid.NewGuid().ToString("N")[..8],
            ["ActionLinks__CurrentKeyId"] = "k1",
            ["ActionLinks__Keys__k1"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        });

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        HttpStatusCode? status;
        var weight = new List<(string Url, long Bytes, string? Encoding, string? CacheControl)>();
        try
        {
            using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            };
            status = await FirstAnswerAsync(client, process, TimeSpan.FromSeconds(60));
            if (status == HttpStatusCode.OK)
            {
                weight = await FirstLoadAsync(client, "/");
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }

        Assert.True(
            status == HttpStatusCode.OK,
            $"GET /healthz answered {status?.ToString() ?? "nothing"}\n--- stdout ---\n{await output}\n--- stderr ---\n{await error}");

        // The home page's first load over the wire, as a browser gets it from the published app: within 200 KB with
        // gzip, every stylesheet and script really compressed, every fingerprinted asset immutable.
        Assert.InRange(weight.Sum(w => w.Bytes), 1, 200 * 1024);
        Assert.Contains(weight, w => w.Url.EndsWith(".css", StringComparison.Ordinal));
        Assert.All(weight.Skip(1), w =>
        {
            Assert.Contains("immutable", w.CacheControl, StringComparison.Ordinal);
            if (!w.Url.EndsWith(".woff2", StringComparison.Ordinal))
            {
                Assert.Equal("gzip", w.Encoding);
            }
        });
    }

    /// <summary>The page and each asset it names (stylesheets, scripts, font preloads), as transferred with gzip.</summary>
    private static async Task<List<(string Url, long Bytes, string? Encoding, string? CacheControl)>> FirstLoadAsync(HttpClient client, string url)
    {
        var page = await GetGzipAsync(client, url);
        var encoding = page.Encoding;
        using var stream = encoding == "gzip" ? (Stream)new GZipStream(new MemoryStream(page.Body), CompressionMode.Decompress) : new MemoryStream(page.Body);
        using var reader = new StreamReader(stream);
        var html = await reader.ReadToEndAsync();
        var result = new List<(string Url, long Bytes, string? Encoding, string? CacheControl)> { (url, page.Body.Length, encoding, page.CacheControl) };
        var assets = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"(/(?:lib|css|js)/[^\"]+\\.(?:css|js|woff2))\"")
            .Select(m => m.Groups[1].Value)
            .Distinct(StringComparer.Ordinal);
        foreach (var asset in assets)
        {
            var response = await GetGzipAsync(client, asset);
            result.Add((asset, response.Body.Length, response.Encoding, response.CacheControl));
        }

        return result;
    }

    private static async Task<(byte[] Body, string? Encoding, string? CacheControl)> GetGzipAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,*/*");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding.FirstOrDefault(), response.Headers.CacheControl?.ToString());
    }

    private static async Task<HttpStatusCode?> FirstAnswerAsync(HttpClient client, Process process, TimeSpan limit)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < limit && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }

        return null;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Read(ZipArchive zip, string entryName)
    {
        var entry = zip.GetEntry(entryName) ?? throw new InvalidOperationException($"{entryName} is not in the package.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
