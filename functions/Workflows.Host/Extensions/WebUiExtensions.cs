using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflows.Host.Observability;
using Workflows.Host.Web.Coordinator;
using Workflows.Host.Web.Shared;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Extensions;

/// <summary>The web pages: Razor Pages under <c>Web/</c>, assets, localisation, staff sign-in, the coordinator dashboard.</summary>
public static class WebUiExtensions
{
    /// <summary>Registers the pages and their services.</summary>
    public static IHostApplicationBuilder AddWebUi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        // Outside a publish folder (./scripts/run.sh, `dotnet run`) MapStaticAssets would otherwise patch every asset
        // at runtime for hot reload: "Cache-Control: no-cache", and a gzip body re-made at NoCompression whenever the
        // file's time differs from the build manifest (about 845 KB of first load). Serve the build's pre-compressed,
        // fingerprinted, immutable assets as the published app does; ReloadStaticAssetsAtRuntime=true turns it back on.
        builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Web";
            o.Conventions.AuthorizeFolder("/Coordinator", StaffPolicies.Coordinator);
        });

        services.AddResponseCompression(o =>
        {
            // Pages carry anti-forgery tokens, which Data Protection randomises on every response, so compressing
            // over HTTPS does not expose them to BREACH-style guessing.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        // X-Frame-Options is ours (DENY, matching frame-ancestors 'none'), not antiforgery's SAMEORIGIN; every cookie
        // is Secure when the request came over HTTPS (directly or through a trusted proxy's X-Forwarded-Proto).
        services.AddAntiforgery(o =>
        {
            o.SuppressXFrameOptionsHeader = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        services.AddRequestLocalization(o =>
        {
            var cultures = SiteCultures.Supported.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(SiteCultures.Default);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = SiteCultures.QueryKey, UIQueryStringKey = SiteCultures.QueryKey },
                new CookieRequestCultureProvider { CookieName = SiteCultures.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDeskAndPartnerPages();
        services.TryAddSingleton<IStaffDirectory, NetworkStaffDirectory>();
        services.TryAddSingleton<ISignInMailer, EmailSignInMailer>();
        services.TryAddSingleton<IDashboardLabels, TagValueLabels>();
        services.AddSingleton<SignInTokenStore>();
        services.AddSingleton<MagicLinks>();
        services.AddSingleton<SignInLimiter>();
        services.AddSingleton<SiteLinks>();
        services.AddSingleton(WorkflowSteps.DeskRequestDiagram);

        AddStaffAuthentication(services);
        // The sign-in pages' per-client limit is counted in storage (SignInClientLimitAttribute), not by the rate limiter.
        services.AddRateLimiter(o => o.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        return builder;
    }

    /// <summary>
    /// Adds the pages' middleware (compression, security headers, localisation, friendly status pages) and endpoints.
    /// Call it before authentication and the rate limiter, so their 403/429 get the friendly pages; the host's
    /// <c>UseRateLimiter()</c> applies the sign-in policies.
    /// </summary>
    public static WebApplication MapWebUi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // After the forwarded headers: behind the TLS-terminating front end the request is HTTPS by then.
            app.UseHsts();
        }

        app.UseCookiePolicy();
        app.UseResponseCompression();
        app.Use(SecurityHeaders.ApplyAsync);
        app.UseRequestLocalization();
        app.Use(SiteCultures.RememberChoiceAsync);

        // Friendly pages for 400/403/404/429 ..., only for browsers outside the API: API clients keep ProblemDetails.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(static (context, next) =>
        {
            var browser = context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
                && !context.Request.Path.StartsWithSegments("/api");
            if (!browser && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });

        app.UseStorageOutagePages();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapCoordinatorExport();
        Web.Public.OpenData.MapOpenData(app);
        return app;
    }

    private static void AddStaffAuthentication(IServiceCollection services)
    {
        // The cookie scheme may already come from the host's auth module; register it only when it does not.
        var hasCookieScheme = services.Any(d => d.ServiceType == typeof(IPostConfigureOptions<CookieAuthenticationOptions>));
        if (!hasCookieScheme)
        {
            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        }

        services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o =>
        {
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/access-denied";
            o.ReturnUrlParameter = "returnUrl";
            o.Cookie.Name = "desk.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;

            // A deactivated address loses the session it has, not only the next sign-in.
            o.Events.OnValidatePrincipal = StaffSessionCheck.ValidateAsync;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Coordinator, p => p
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoleNames.Coordinator));
    }
}
