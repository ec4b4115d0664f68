using System.Globalization;
using System.IO.Compression;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
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
        services.AddSingleton<SignInAddressLimiter>();
        services.AddSingleton<SiteLinks>();

        AddStaffAuthentication(services);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimits.PerIpPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value;
                var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PerIpPermits,
                    Window = limits.RateWindow,
                    QueueLimit = 0,
                });
            });
        });
        return builder;
    }

    /// <summary>Adds the pages' middleware and endpoints. Call after the other modules' middleware.</summary>
    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.UseResponseCompression();
        app.Use(SecurityHeaders.ApplyAsync);
        app.UseRequestLocalization();
        app.Use(SiteCultures.RememberChoiceAsync);

        // Friendly pages for 400/403/404/429 ..., only for browsers: API clients keep their bare status or ProblemDetails.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(static (context, next) =>
        {
            if (!context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
                && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });

        app.UseRateLimiter();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapCoordinatorExport();
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
        });

        services.AddAuthorization();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(o =>
        {
            // The auth module may define the same policy; either definition requires the coordinator role.
            if (o.GetPolicy(StaffPolicies.Coordinator) is null)
            {
                o.AddPolicy(StaffPolicies.Coordinator, p => p.RequireAuthenticatedUser().RequireRole(StaffRoleNames.Coordinator));
            }
        });
    }
}
