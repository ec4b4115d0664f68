using System.ComponentModel.DataAnnotations;

namespace Workflows.Host.Anagrafica;

/// <summary>The stored network directory (section <c>Directory</c>).</summary>
public sealed class DirectoryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Directory";

    /// <summary>How often every instance reads the directory again, so a change made on another one shows within a minute.</summary>
    [Range(1, 60)]
    public int RefreshSeconds { get; set; } = 30;

    /// <summary>
    /// The network a new deployment starts with, and its coordinators: written once, when the directory has no network
    /// of that id. Production sets it (the Bicep passes it); the coordinators then add desks, partners and staff.
    /// </summary>
    public DirectoryBootstrapOptions Bootstrap { get; set; } = new();

    /// <summary>Write the demo directory (desks, partners, networks of the seeds) when it is missing; the run script and the tests set it.</summary>
    public bool Demo { get; set; }
}
