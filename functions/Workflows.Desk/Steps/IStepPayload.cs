namespace Workflows.Desk.Steps;

/// <summary>
/// The payload of an event raised from a link or a page: it carries the step token the link or page was issued for,
/// and the decider refuses it when that step is no longer the current one.
/// </summary>
public interface IStepPayload
{
    /// <summary>The step token, e.g. <c>s7</c>.</summary>
    string Step { get; }
}
