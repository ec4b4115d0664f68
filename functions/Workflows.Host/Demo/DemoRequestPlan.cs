using Workflows.Desk.Model;
using Workflows.Desk.Requests;

namespace Workflows.Host.Demo;

/// <summary>One invented desk request: what the desk files, when, and the step it should have reached by now.</summary>
/// <param name="Key">The idempotency key (<c>demo-request-007</c>): a second seed finds the instance and leaves it.</param>
/// <param name="Target">The step the request ends in.</param>
/// <param name="Intake">The intake form.</param>
/// <param name="RequestCode">Its human code.</param>
/// <param name="CreatedAt">When the desk filed it.</param>
/// <param name="Seed">Seed of the request's own random choices (delays, answers).</param>
internal sealed record DemoRequestPlan(string Key, DeskRequestStep Target, DeskIntake Intake, string RequestCode, DateTimeOffset CreatedAt, int Seed);
