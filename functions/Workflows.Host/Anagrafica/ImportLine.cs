using Workflows.Desk.Model;

namespace Workflows.Host.Anagrafica;

/// <summary>One line of an import file: its number, the entry read from it (null when unreadable), and its problems.</summary>
/// <param name="Line">The line in the file (CSV) or the item's position (JSON), from 1.</param>
/// <param name="Id">The entry's id or address as written.</param>
/// <param name="Entry">The desk, partner or staff entry read.</param>
/// <param name="Problems">Why it cannot be saved; empty when it can.</param>
public sealed record ImportLine(int Line, string Id, object? Entry, IReadOnlyList<DirectoryProblem> Problems);
