using System.Text.Json;

namespace Workflows.Steps;

/// <summary>
/// A workflow: a pure decider over a state record. The engine loads the state, calls
/// <see cref="Decide"/> with one message, and commits the returned state and effects atomically.
/// </summary>
/// <typeparam name="TInput">The start input.</typeparam>
/// <typeparam name="TState">The state record; serialised as JSON in the instance's snapshot.</typeparam>
/// <remarks>
/// <para><b>Determinism.</b> <see cref="Start"/> and <see cref="Decide"/> must be pure: no I/O, no clock other
/// than <see cref="DecisionContext.Now"/>, no randomness, no static mutable state. Anything that touches the
/// world is returned as a <see cref="WorkflowEffect"/>. The Durable orchestration that hosts a decider replays its
/// current execution (at most 20 turns, then it continues as new), so after a deployment the new code re-decides the
/// turns taken since the last continue-as-new: a change must decide every message it already decided the same way
/// (same effects, in the same order) and change only what comes next. <c>VersioningTests</c> checks it.</para>
/// <para><b>Versioning.</b> Every instance records the <see cref="Version"/> it was last decided with. When the
/// state shape changes incompatibly, raise <see cref="Version"/> and override <see cref="Migrate"/> to turn an
/// older state into the current one; the engine migrates on load and records the new version on commit.</para>
/// </remarks>
public abstract class Workflow<TInput, TState> : IWorkflow
    where TState : class
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public virtual int Version => 1;

    /// <summary>Decides the first state from the start input.</summary>
    public abstract Decision<TState> Start(TInput input, DecisionContext context);

    /// <summary>Decides one message against the current state.</summary>
    public abstract Decision<TState> Decide(TState state, WorkflowMessage message, DecisionContext context);

    /// <summary>Migrates a state saved by an older <paramref name="fromVersion"/> to the current shape.</summary>
    /// <exception cref="WorkflowVersionException">No migration exists for that version.</exception>
    protected virtual TState Migrate(int fromVersion, JsonElement state) =>
        throw new WorkflowVersionException(Name, fromVersion, Version);

    RawDecision IWorkflow.Start(JsonElement input, DecisionContext context)
    {
        var typed = input.ValueKind is JsonValueKind.Undefined ? default! : input.Deserialize<TInput>(WorkflowJson.Options)!;
        return RawDecision.From(Start(typed, context));
    }

    RawDecision IWorkflow.Decide(int stateVersion, JsonElement state, WorkflowMessage message, DecisionContext context)
    {
        var typed = stateVersion == Version
            ? state.Deserialize<TState>(WorkflowJson.Options)!
            : stateVersion < Version
                ? Migrate(stateVersion, state)
                : throw new WorkflowVersionException(Name, stateVersion, Version);
        return RawDecision.From(Decide(typed, message, context));
    }

    /// <summary>
    /// Who answers for an instance when it cannot go on by itself (its turn keeps failing): the addresses the engine
    /// alerts. None by default.
    /// </summary>
    public virtual IReadOnlyList<string> Responsible(TState state) => [];

    IReadOnlyList<string> IWorkflow.Responsible(int stateVersion, JsonElement state) =>
        state.ValueKind is JsonValueKind.Object ? Responsible(ReadState(stateVersion, state)) : [];

    /// <summary>Reads a saved state (after migration) for display or tests.</summary>
    public TState ReadState(int stateVersion, JsonElement state) =>
        stateVersion == Version ? state.Deserialize<TState>(WorkflowJson.Options)! : Migrate(stateVersion, state);
}

/// <summary>The untyped face of a workflow the engine drives. Implement it through <see cref="Workflow{TInput,TState}"/>.</summary>
public interface IWorkflow
{
    /// <summary>The workflow type name, stable across deployments (e.g. <c>DeskRequest</c>).</summary>
    string Name { get; }

    /// <summary>The current version of the state shape.</summary>
    int Version { get; }

    /// <summary>Decides the first state.</summary>
    RawDecision Start(JsonElement input, DecisionContext context);

    /// <summary>Decides one message against a saved state of <paramref name="stateVersion"/>.</summary>
    RawDecision Decide(int stateVersion, JsonElement state, WorkflowMessage message, DecisionContext context);

    /// <summary>Who answers for the instance in <paramref name="state"/> when it is stalled (the addresses alerted).</summary>
    IReadOnlyList<string> Responsible(int stateVersion, JsonElement state);
}

/// <summary>A decision with its state as JSON, as the engine stores it.</summary>
public sealed record RawDecision(
    JsonElement State,
    IReadOnlyList<WorkflowEffect> Effects,
    string? CustomStatus,
    IReadOnlyDictionary<string, string>? Tags,
    Completion? Completion,
    string? Rejection)
{
    /// <summary>Converts a typed decision.</summary>
    public static RawDecision From<TState>(Decision<TState> d) => new(
        d.IsRejected ? default : JsonSerializer.SerializeToElement(d.State, WorkflowJson.Options),
        d.Effects,
        d.CustomStatus,
        d.Tags,
        d.Completion,
        d.Rejection);
}
