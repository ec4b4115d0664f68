using System.Text.Json;
using Workflows.Engine;

namespace Workflows.Engine.Tests;

/// <summary>A new workflow version decides old state through an explicit migration.</summary>
public sealed class VersioningTests
{
    private sealed record V2State(string FullName, int Visits);

    private sealed class PersonV2 : Workflow<string, V2State>
    {
        public override string Name => "Person";
        public override int Version => 2;

        public override Decision<V2State> Start(string input, DecisionContext context) => new() { State = new V2State(input, 0) };

        public override Decision<V2State> Decide(V2State state, WorkflowMessage message, DecisionContext context) =>
            new() { State = state with { Visits = state.Visits + 1 } };

        // Version 1 stored { "first": "...", "last": "..." }.
        protected override V2State Migrate(int fromVersion, JsonElement state) => fromVersion switch
        {
            1 => new V2State($"{state.GetProperty("first").GetString()} {state.GetProperty("last").GetString()}", 0),
            _ => base.Migrate(fromVersion, state),
        };
    }

    private static readonly DecisionContext Context = new(InstanceId.New(), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Version_1_state_is_migrated_then_decided()
    {
        IWorkflow workflow = new PersonV2();
        var v1 = JsonSerializer.SerializeToElement(new { first = "Anna", last = "Rossi" });

        var d = workflow.Decide(1, v1, new EventRaised("Visit", default), Context);

        Assert.Equal("Anna Rossi", d.State.GetProperty("fullName").GetString());
        Assert.Equal(1, d.State.GetProperty("visits").GetInt32());
    }

    [Fact]
    public void A_version_without_migration_fails_clearly()
    {
        IWorkflow workflow = new PersonV2();
        var ex = Assert.Throws<WorkflowVersionException>(() => workflow.Decide(0, JsonSerializer.SerializeToElement(new { }), new EventRaised("Visit", default), Context));
        Assert.Equal(0, ex.SavedVersion);
        Assert.Contains("Person", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_from_a_newer_version_is_refused()
    {
        IWorkflow workflow = new PersonV2();
        Assert.Throws<WorkflowVersionException>(() => workflow.Decide(3, JsonSerializer.SerializeToElement(new { }), new EventRaised("Visit", default), Context));
    }
}
