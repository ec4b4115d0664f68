using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Workflows.Host.Api;
using Workflows.Host.Authorization;
using Workflows.Host.Observability;

namespace Workflows.Host.Extensions;

/// <summary>The management API's services and error pipeline: OpenAPI, JSON, rate limiting, ProblemDetails.</summary>
public static class ManagementApiExtensions
{
    /// <summary>The rate-limiting policy of the API groups (per token, else per user, else per address).</summary>
    public const string RateLimitPolicy = "api";

    /// <summary>Adds OpenAPI, the JSON settings and the "api" rate limiter.</summary>
    public static WebApplicationBuilder AddManagementApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();

        // In Development minimal APIs throw BadHttpRequestException on binding failures: keep its 400.
        // A storage outage is a 503 with Retry-After, not a 500.
        builder.Services.Configure<ExceptionHandlerOptions>(o => o.StatusCodeSelector = StorageOutage.ApiStatusOf);
        builder.Services.Configure<ProblemDetailsOptions>(o => o.CustomizeProblemDetails += StorageOutage.Describe);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOptions<ApiRateLimitOptions>()
            .BindConfiguration(ApiRateLimitOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync;
            limiter.AddPolicy(RateLimitPolicy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(PartitionOf(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = options.Window,
                    QueueLimit = 0,
                });
            });
        });
        return builder;
    }

    /// <summary>The setting that says who reads the OpenAPI document outside Development (<see cref="OpenApiExposure"/>).</summary>
    public const string OpenApiSetting = "Api:OpenApi";

    /// <summary>
    /// Maps the OpenAPI document at <c>/openapi/v1.json</c>: public in Development; elsewhere for coordinators
    /// (cookie or token) unless <see cref="OpenApiSetting"/> says <c>Off</c> (not mapped, 404) or <c>Public</c>.
    /// </summary>
    public static WebApplication MapManagementOpenApi(this WebApplication app)
    {
        var exposure = app.Environment.IsDevelopment()
            ? OpenApiExposure.Public
            : app.Configuration.GetValue(OpenApiSetting, OpenApiExposure.Coordinators);
        switch (exposure)
        {
            case OpenApiExposure.Off:
                break;
            case OpenApiExposure.Public:
                app.MapOpenApi();
                break;
            default:
                app.MapOpenApi().RequireAuthorization(AuthPolicies.Coordinator);
                break;
        }

        return app;
    }

    /// <summary>
    /// ProblemDetails for every error under <c>/api</c>: unhandled exceptions become a 500 without details and
    /// empty 4xx/5xx answers (401, 403, 404 of unknown routes, binding failures) get a ProblemDetails body.
    /// Pages outside <c>/api</c> keep their own error handling.
    /// </summary>
    public static WebApplication UseManagementApiErrors(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api =>
            {
                api.UseExceptionHandler();
                api.UseStatusCodePages();
            });
        return app;
    }

    private static string PartitionOf(HttpContext http)
    {
        var user = http.User;
        if (user.FindFirst(ApiTokenDefaults.TokenIdClaim)?.Value is { } tokenId)
        {
            return "token:" + tokenId;
        }

        if (user.Identity?.IsAuthenticated == true && (user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity.Name) is { } name)
        {
            return "user:" + name;
        }

        return "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Workflows.Host.Api.RateLimit").RateLimited(http.Request.Path);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too Many Requests",
                Detail = "Troppe richieste: riprovare più tardi / Too many requests: try again later.",
            },
        });
    }
}
