using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Workflows.Host.Web.Links;
using Workflows.Host.Web.Mailbox;

namespace Workflows.Host.Extensions;

/// <summary>The pages behind the e-mails' buttons (<c>/link/…</c>) and the local mailbox page (<c>/mailbox</c>).</summary>
public static class LinkPageExtensions
{
    /// <summary>
    /// Registers the link reader, the per-IP rate limit of the link pages, the recipient's language for link pages
    /// (after an explicit choice by query string or cookie) and the local mailbox page's switch. Call after
    /// <see cref="WebUiExtensions.AddWebUi"/>.
    /// </summary>
    public static IHostApplicationBuilder AddLinkPages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<LinkPageOptions>().BindConfiguration(LinkPageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ActionLinkReader>();
        services.AddSingleton<MailboxAccess>();

        services.PostConfigure<RequestLocalizationOptions>(o =>
        {
            var explicitChoices = o.RequestCultureProviders
                .TakeWhile(p => p is QueryStringRequestCultureProvider or CookieRequestCultureProvider)
                .Count();
            o.RequestCultureProviders.Insert(explicitChoices, new ActionLinkCultureProvider());
        });

        services.AddRateLimiter(o => o.AddPolicy(LinkPageOptions.PerIpPolicy, context =>
        {
            var limits = context.RequestServices.GetRequiredService<IOptions<LinkPageOptions>>().Value;
            var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PerIpPermits,
                Window = limits.RateWindow,
                QueueLimit = 0,
            });
        }));
        return builder;
    }
}
