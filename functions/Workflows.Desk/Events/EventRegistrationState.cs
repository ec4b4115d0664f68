using Workflows.Desk.Steps;

namespace Workflows.Desk.Events;

/// <summary>The state of one event registration.</summary>
public sealed record EventRegistrationState
{
    /// <summary>What was registered for.</summary>
    public required EventRegistrationInput Registration { get; init; }

    /// <summary>When the registration was made.</summary>
    public required DateTimeOffset RegisteredAt { get; init; }

    /// <summary>The current step.</summary>
    public EventRegistrationStep Step { get; init; }

    /// <summary>Step counter; gives <see cref="StepToken"/>.</summary>
    public int StepNumber { get; init; }

    /// <summary>The token links and pages of the current step carry.</summary>
    public string StepToken => StepTokens.For(StepNumber);

    /// <summary>Pending timers of the current step.</summary>
    public IReadOnlyList<ActiveTimer> Timers { get; init; } = [];

    /// <summary>SEQUENCE of the latest invite.</summary>
    public int InviteSequence { get; init; }

    /// <summary>Its e-mails that did not reach the registrant, oldest first.</summary>
    public IReadOnlyList<Model.UndeliveredEmail> Undelivered { get; init; } = [];

    /// <summary>The registrant's reason when they cancelled.</summary>
    public string? CancellationReason { get; init; }
}
