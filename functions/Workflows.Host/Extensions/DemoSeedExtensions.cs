using Microsoft.Extensions.DependencyInjection.Extensions;
using Workflows.Desk.Model;
using Workflows.Host.Demo;

namespace Workflows.Host.Extensions;

/// <summary>The demo data module.</summary>
public static class DemoSeedExtensions
{
    /// <summary>
    /// Registers the network directory (the demo one unless the host registered another) and the demo seed, which
    /// runs after start when <c>Demo:Seed</c> is true (the run script sets it).
    /// </summary>
    public static IHostApplicationBuilder AddDemoSeed(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(_ => DemoDirectory.Create());
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddHostedService<DemoSeedService>();
        return builder;
    }
}
