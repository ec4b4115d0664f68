using Workflows.Desk.Model;

namespace Workflows.Host.Tests.Demo;

/// <summary>The README tells a newcomer whom to sign in as: every demo coordinator, desk and partner, and the limit.</summary>
public sealed class DemoReadmeTests
{
    private static string Readme()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
        {
            dir = dir.Parent;
        }

        return File.ReadAllText(Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Repository root not found."), "README.md"));
    }

    [Fact]
    public void Given_the_demo_directory_then_the_README_names_every_sign_in_address_by_network()
    {
        var readme = Readme();
        var directory = DemoDirectory.Create();

        foreach (var network in directory.Networks)
        {
            var row = readme.Split('\n').SingleOrDefault(l => l.StartsWith('|') && l.Contains($"(`{network.Id}`)", StringComparison.Ordinal));
            Assert.True(row is not null, $"No README row for network {network.Id}");
            Assert.All(network.CoordinatorEmails, e => Assert.Contains($"`{e}`", row, StringComparison.Ordinal));
            Assert.All(directory.DesksOf(network.Id), d => Assert.Contains($"`{d.Email}`", row, StringComparison.Ordinal));
            Assert.All(directory.PartnersOf(network.Id).SelectMany(p => p.ReviewerEmails), e => Assert.Contains($"`{e}`", row, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Given_the_sign_in_limits_then_the_README_states_them()
    {
        var readme = Readme();
        var options = new Workflows.Host.Web.SignIn.SignInOptions();

        Assert.Contains($"{options.PerAddressPermits} links per address and {options.PerIpPermits} sign-in", readme, StringComparison.Ordinal);
        Assert.Contains($"every {options.RateWindow.TotalMinutes} minutes", readme, StringComparison.Ordinal);
        Assert.Contains($"lasts {options.LinkLifetime.TotalMinutes} minutes", readme, StringComparison.Ordinal);
    }
}
