using Workflows.Desk.Model;

namespace Workflows.Host.Anagrafica;

/// <summary>The directory as read at one moment.</summary>
/// <param name="Directory">What routing, intake, mails and the public pages read: every desk and partner (active or not) with the addresses in force.</param>
/// <param name="Staff">The staff entries named on their own.</param>
/// <param name="LoadedAt">When it was read.</param>
/// <param name="Versions">The stored version (ETag) of each entry as read, by <see cref="DirectoryStore.VersionKey"/>: an edit
/// form carries it so that a save over someone else's change is refused.</param>
public sealed record DirectorySnapshot(NetworkDirectory Directory, IReadOnlyList<StaffEntry> Staff, DateTimeOffset LoadedAt, IReadOnlyDictionary<string, string>? Versions = null)
{
    /// <summary>The version of an entry as read, or null.</summary>
    public string? VersionOf(DirectoryKind kind, string id) => Versions?.GetValueOrDefault(DirectoryStore.VersionKey(kind, id));

    /// <summary>An empty directory (before the first read).</summary>
    public static DirectorySnapshot Empty { get; } = new(new NetworkDirectory(ComuniCatalogue.Piemonte.WithPatronDays(), [], [], []), [], DateTimeOffset.MinValue);

    /// <summary>The staff entry of <paramref name="email"/> (normalised), or null.</summary>
    public StaffEntry? FindStaff(string email) => Staff.FirstOrDefault(s => s.Email == email);
}
