namespace Workflows.Host.Anagrafica;

/// <summary>What a directory row holds; the value is the table's partition key.</summary>
public enum DirectoryKind
{
    /// <summary>A network and its coordinators.</summary>
    Network,

    /// <summary>An innovation desk.</summary>
    Desk,

    /// <summary>A partner organisation.</summary>
    Partner,

    /// <summary>A staff member named on their own (a second referent, a reviewer, a coordinator, or a deactivated address).</summary>
    Staff,
}
