namespace Workflows.Desk.Model;

/// <summary>One reason a directory entry cannot be saved.</summary>
/// <param name="Field">The field at fault (e.g. <c>comuneIstat</c>, <c>officeHours</c>, <c>comuni</c>).</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Value">The value at fault, when there is one (an ISTAT code, an address).</param>
public sealed record DirectoryProblem(string Field, DirectoryProblemKind Kind, string? Value = null);
