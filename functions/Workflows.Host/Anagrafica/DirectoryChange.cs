namespace Workflows.Host.Anagrafica;

/// <summary>One recorded change of the directory: who, when, what.</summary>
/// <param name="NetworkId">The network it concerns.</param>
/// <param name="Kind">Network, desk, partner or staff.</param>
/// <param name="Id">The entry's id (a staff member's address).</param>
/// <param name="Change">created, updated, deactivated, reactivated.</param>
/// <param name="By">Who made it (an address, <c>configuration</c> or <c>demo</c>).</param>
/// <param name="At">When.</param>
/// <param name="Data">The entry as saved (JSON).</param>
public sealed record DirectoryChange(string NetworkId, DirectoryKind Kind, string Id, string Change, string By, DateTimeOffset At, string Data);
