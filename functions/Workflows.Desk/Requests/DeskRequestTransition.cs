using System.Globalization;
using Workflows.Desk.Email;
using Workflows.Desk.Model;
using Workflows.Desk.Steps;
using Workflows.Steps;

namespace Workflows.Desk.Requests;

/// <summary>
/// Builds one decision of <see cref="DeskRequestWorkflow"/>: the state as it evolves, the effects in order, and the
/// completion. Changing step cancels every timer of the step that ends, so no timer outlives its step.
/// </summary>
internal sealed class DeskRequestTransition(DeskRequestState state, DecisionContext context)
{
    private readonly List<WorkflowEffect> _effects = [];

    public DeskRequestState State { get; set; } = state;

    public DecisionContext Context { get; } = context;

    public DateTimeOffset Now => Context.Now;

    public Completion? Completion { get; private set; }

    public void MoveTo(DeskRequestStep step)
    {
        foreach (var timer in State.Timers)
        {
            _effects.Add(new CancelTimer(timer.Name));
        }

        State = State with
        {
            Step = step,
            StepNumber = State.StepNumber + 1,
            StepEnteredAt = Now,
            Timers = [],
            SlaDueAt = null,
        };
    }

    public void Schedule(string name, DateTimeOffset dueAt)
    {
        _effects.Add(new ScheduleTimer(name, dueAt));
        State = State with { Timers = [.. State.Timers.Where(t => t.Name != name), new ActiveTimer(name, dueAt)] };
    }

    public void Complete(string output) => Completion = new Completion(RuntimeStatus.Completed, output);

    public void Send<T>(string template, string to, string culture, T model) =>
        _effects.Add(SendEmail.Create(template, to, Cultures.Normalize(culture), model));

    public EmailActions Links(DateTimeOffset expiresAt, params string[] actions) => new(State.StepToken, actions, expiresAt);

    public Decision<DeskRequestState> Decide() => new()
    {
        State = State,
        Effects = [.. _effects],
        CustomStatus = State.Step.ToString(),
        Tags = TagsOf(State),
        Completion = Completion,
    };

    internal static IReadOnlyDictionary<string, string> TagsOf(DeskRequestState state) => new Dictionary<string, string>
    {
        ["code"] = state.RequestCode,
        ["partner"] = state.PartnerId ?? string.Empty,
        ["comune"] = state.Comune.Istat,
        ["desk"] = state.Desk.Id,
        ["category"] = state.Category.ToString(),
        ["network"] = state.Network.Id,
        ["slaDueAt"] = state.SlaDueAt?.UtcDateTime.ToString("o", CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
