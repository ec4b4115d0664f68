using Microsoft.Extensions.Options;
using Workflows.Host.Anagrafica;
using Workflows.Host.Demo;

namespace Workflows.Host.Extensions;

/// <summary>The demo data module.</summary>
public static class DemoSeedExtensions
{
    /// <summary>
    /// Registers the demo seed, which runs after start when <c>Demo:Seed</c> is true (the run script sets it); it then
    /// also has the demo directory written through the stored directory (<c>Directory:Demo</c>).
    /// </summary>
    public static IHostApplicationBuilder AddDemoSeed(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DirectoryOptions>().Configure<IOptions<DemoOptions>>((directory, demo) => directory.Demo |= demo.Value.Seed);
        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddHostedService<DemoSeedService>();
        return builder;
    }
}
