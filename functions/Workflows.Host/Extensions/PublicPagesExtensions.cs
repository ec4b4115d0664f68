using Microsoft.Extensions.DependencyInjection.Extensions;
using Workflows.Desk.Model;
using Workflows.Host.Web.Public;

namespace Workflows.Host.Extensions;

/// <summary>The anonymous pages: the partner directory and the open statistics.</summary>
public static class PublicPagesExtensions
{
    /// <summary>Registers what the public pages read (the directory, the cached statistics).</summary>
    public static IHostApplicationBuilder AddPublicPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PublicPagesOptions>().BindConfiguration(PublicPagesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OpenStatistics>();
        return builder;
    }
}
