namespace Workflows.Host.Web.SignIn;

/// <summary>The staff list in configuration (<c>Staff:Members</c>), used until the domain provides its own directory.</summary>
public sealed class StaffOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Staff";

    /// <summary>The members.</summary>
    public List<StaffMemberOptions> Members { get; set; } = [];
}

/// <summary>One <c>Staff:Members</c> entry.</summary>
public sealed class StaffMemberOptions
{
    /// <summary>The e-mail address.</summary>
    public string Email { get; set; } = "";

    /// <summary>The name shown in the pages.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Roles: Desk, Partner, Coordinator.</summary>
    public List<StaffRole> Roles { get; set; } = [];

    /// <summary>The desk id, for a desk referent.</summary>
    public string? DeskId { get; set; }

    /// <summary>The partner id, for a partner reviewer.</summary>
    public string? PartnerId { get; set; }

    /// <summary>The network id.</summary>
    public string? NetworkId { get; set; }
}
