namespace Workflows.Steps;

/// <summary>What a decider may know besides its state and the message: who it is and what time it is.</summary>
/// <param name="InstanceId">The instance being decided.</param>
/// <param name="Now">The engine's clock at the time of the decision (from <see cref="TimeProvider"/>).</param>
public sealed record DecisionContext(InstanceId InstanceId, DateTimeOffset Now);
