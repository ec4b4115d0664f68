// Build shim, to delete when the Workflows.Steps project lands (the move to Durable Task, other branch): the runtime
// seam in Runtime/ already imports Workflows.Steps and its InstanceId and RuntimeStatus, which on this branch are
// still the engine's. Nothing else uses these aliases.
global using InstanceId = Workflows.Engine.InstanceId;
global using RuntimeStatus = Workflows.Engine.RuntimeStatus;

namespace Workflows.Steps;
