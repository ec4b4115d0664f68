namespace Workflows.Desk.Email.Models;

/// <summary>
/// Model of <c>coordinator-undeliverable</c>. To the coordinators: an e-mail to a desk's own address could not be
/// delivered, so the desk does not know what happens to its request.
/// </summary>
/// <param name="RequestCode">The request's human code.</param>
/// <param name="NetworkName">The network.</param>
/// <param name="DeskName">The desk whose address failed.</param>
/// <param name="DeskEmail">That address, to check it.</param>
/// <param name="Kind"><c>bounced</c> or <c>dropped</c>.</param>
public sealed record CoordinatorUndeliverableEmail(string RequestCode, string NetworkName, string DeskName, string DeskEmail, string Kind) : IEmailModel;
