namespace Workflows.Desk.Email;

/// <summary>
/// The actions an e-mail offers as signed links. Part of every e-mail model that has buttons (JSON property
/// <c>links</c>): the dispatcher signs one single-use link per e-mail, scoped to the instance, the step, the
/// recipient and these actions, expiring at <see cref="ExpiresAt"/>.
/// </summary>
/// <param name="Step">The step token the actions belong to; an event carrying another step is refused.</param>
/// <param name="Actions">Action names, e.g. <c>accept</c>, <c>decline</c>, <c>ask-info</c>.</param>
/// <param name="ExpiresAt">When the links stop working.</param>
public sealed record EmailActions(string Step, IReadOnlyList<string> Actions, DateTimeOffset ExpiresAt);
