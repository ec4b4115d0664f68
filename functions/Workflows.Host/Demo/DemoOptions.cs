using System.ComponentModel.DataAnnotations;

namespace Workflows.Host.Demo;

/// <summary>Demo data (section <c>Demo</c>): off unless the run script turns it on.</summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Demo";

    /// <summary>Seed the demo requests, event registrations and quarterly reports after start.</summary>
    public bool Seed { get; set; }

    /// <summary>How many desk requests to invent.</summary>
    [Range(0, 2000)]
    public int Requests { get; set; } = 200;
}
