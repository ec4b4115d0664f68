using System.Globalization;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Workflows.Steps;
using Workflows.Host.Observability;

namespace Workflows.Host.Extensions;

/// <summary>
/// What every deployment of the host gets: OpenTelemetry traces, metrics and logs, health endpoints,
/// ProblemDetails, and the listening address the Functions host asks for.
/// </summary>
public static class ServiceDefaults
{
    /// <summary>Liveness path: 200 whenever the process answers.</summary>
    public const string LivenessPath = "/healthz";

    /// <summary>Readiness path: 200 when Table and Queue storage answer, 503 otherwise.</summary>
    public const string ReadinessPath = "/readyz";

    private const string LiveTag = "live";
    private const string ReadyTag = "ready";

    /// <summary>Adds telemetry, health checks and ProblemDetails.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        ListenWhereTheFunctionsHostCalls(builder);

        // The hosting log writes whole URLs (action-link and sign-in tokens) and puts the raw path in a scope on
        // every line; the routing matcher's debug lines carry the path too. RequestLog writes them redacted.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing.Matching", LogLevel.Information);
        foreach (var redirects in new[] { "RedirectResultExecutor", "LocalRedirectResultExecutor", "RedirectToPageResultExecutor", "RedirectToRouteResultExecutor" })
        {
            // "Executing RedirectResult, redirecting to /link/{token}/accept/done".
            builder.Logging.AddFilter("Microsoft.AspNetCore.Mvc.Infrastructure." + redirects, LogLevel.Warning);
        }

        builder.Services.AddProblemDetails();
        builder.AddOpenTelemetry();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag])
            .AddCheck<StorageHealthCheck>("storage", HealthStatus.Unhealthy, [ReadyTag], TimeSpan.FromSeconds(5));
        return builder;
    }

    /// <summary>Maps <see cref="LivenessPath"/> and <see cref="ReadinessPath"/> (anonymous, not rate limited).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .WithName("Liveness")
            .ExcludeFromDescription();
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) })
            .WithName("Readiness")
            .ExcludeFromDescription();
        return app;
    }

    private static void AddOpenTelemetry(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithTracing(tracing => tracing
                .AddSource("DurableTask.Core")
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = context => !IsProbe(context.Request.Path);

                    // Spans keep the route template (http.route) and lose the secrets of the concrete URL.
                    o.EnrichWithHttpRequest = (activity, request) =>
                    {
                        activity.SetTag("url.path", SensitiveUrls.RedactPath(request.Path));
                        if (request.QueryString.HasValue)
                        {
                            activity.SetTag("url.query", SensitiveUrls.RedactQuery(request.QueryString.Value));
                        }
                    };
                })
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = (activity, request) =>
                    activity.SetTag("url.full", SensitiveUrls.RedactUrl(request.RequestUri))))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging(_ => { }, logging =>
            {
                logging.IncludeFormattedMessage = true;
                logging.IncludeScopes = true;
            });

        if (config["APPLICATIONINSIGHTS_CONNECTION_STRING"] is { Length: > 0 } appInsights)
        {
            otel.UseAzureMonitorExporter(o => o.ConnectionString = appInsights);
        }

        if (config["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 })
        {
            otel.UseOtlpExporter();
        }

        if (config.GetValue<bool>("Telemetry:Console"))
        {
            otel.WithTracing(t => t.AddConsoleExporter())
                .WithMetrics(m => m.AddConsoleExporter())
                .WithLogging(l => l.AddConsoleExporter());
        }
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(LivenessPath, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(ReadinessPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Under the Functions host the app gets its port in <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and must listen on
    /// 127.0.0.1 there: loopback only, so nothing but the local host can reach the handler directly.
    /// </summary>
    private static void ListenWhereTheFunctionsHostCalls(WebApplicationBuilder builder)
    {
        var port = builder.Configuration["FUNCTIONS_CUSTOMHANDLER_PORT"];
        if (int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 65536)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{value.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
