namespace Workflows.Desk.Email.Models;

/// <summary>
/// Model of <c>undeliverable-notice</c>. To whoever answers for an event registration (its organiser) or a quarterly
/// report (the network's other coordinators): one of its e-mails did not reach its recipient.
/// </summary>
/// <param name="RequestCode">The registration's code or the report's quarter (shown in the subject).</param>
/// <param name="Subject">What the e-mail was about (the event's title, the quarterly report).</param>
/// <param name="Address">The address it did not reach, to check it.</param>
/// <param name="Kind"><c>bounced</c>, <c>dropped</c>, <c>refused</c> or <c>exhausted</c>.</param>
public sealed record UndeliverableNoticeEmail(string RequestCode, string Subject, string Address, string Kind) : IEmailModel;
