using Workflows.Desk.Model;

namespace Workflows.Host.Anagrafica;

/// <summary>The outcome of saving a directory entry: saved (with the change recorded) or refused with its problems.</summary>
/// <param name="Problems">Why it was refused; empty when saved.</param>
/// <param name="Change">created, updated, deactivated, reactivated or unchanged; null when refused.</param>
public sealed record DirectoryWrite(IReadOnlyList<DirectoryProblem> Problems, string? Change)
{
    /// <summary>True when the entry was saved (or was already so).</summary>
    public bool Saved => Problems.Count == 0;
}
