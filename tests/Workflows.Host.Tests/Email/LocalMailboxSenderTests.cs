using Microsoft.Extensions.Time.Testing;
using Workflows.Host.Email;

namespace Workflows.Host.Tests.Email;

public sealed class LocalMailboxSenderTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private static EmailEnvelope Envelope(string subject = "Richiesta SPI-2026-0042 ricevuta", string html = "<p>Ciao</p>") => new(
        "referente@comune.perosacanavese.to.it",
        subject,
        html,
        "Ciao",
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n",
        "REQUEST",
        new Dictionary<string, string> { ["instanceId"] = "0123456789abcdefghjkmnpqrs", ["outboxId"] = "ob-1" },
        "request-received");

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    [Fact]
    public async Task Given_a_sent_mail_when_read_back_then_every_field_is_there()
    {
        await using var table = await AzuriteTable.CreateAsync("mbx");
        var time = new FakeTimeProvider(Monday);
        var mailbox = new LocalMailboxSender(table.Client, time);

        var result = await mailbox.SendAsync(Envelope(), Timeout());
        var mail = await mailbox.GetAsync(result.MessageId!, Timeout());

        Assert.Equal("local-mailbox", result.Provider);
        Assert.NotNull(mail);
        Assert.Equal(result.MessageId, mail.Id);
        Assert.Equal("referente@comune.perosacanavese.to.it", mail.To);
        Assert.Equal("Richiesta SPI-2026-0042 ricevuta", mail.Subject);
        Assert.Equal("<p>Ciao</p>", mail.Html);
        Assert.Equal("Ciao", mail.Text);
        Assert.Equal("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n", mail.Ics);
        Assert.Equal("REQUEST", mail.IcsMethod);
        Assert.Equal("0123456789abcdefghjkmnpqrs", mail.CustomArgs["instanceId"]);
        Assert.Equal("ob-1", mail.CustomArgs["outboxId"]);
        Assert.Equal("request-received", mail.Category);
        Assert.Equal(Monday, mail.SentAt);
        Assert.False(mail.Truncated);
    }

    [Fact]
    public async Task Given_mails_over_two_days_when_listed_in_pages_then_newest_comes_first_and_paging_covers_all()
    {
        await using var table = await AzuriteTable.CreateAsync("mbx");
        var time = new FakeTimeProvider(Monday);
        var mailbox = new LocalMailboxSender(table.Client, time);
        var sent = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var subject = $"Mail {i}";
            var envelope = Envelope(subject) with { Ics = i == 4 ? null : Envelope().Ics, IcsMethod = i == 4 ? null : "REQUEST" };
            sent.Add((await mailbox.SendAsync(envelope, Timeout())).MessageId!);
            time.Advance(i == 1 ? TimeSpan.FromDays(1) : TimeSpan.FromMinutes(3));
        }

        var first = await mailbox.ListAsync(null, pageSize: 2, Timeout());
        var second = await mailbox.ListAsync(first.ContinuationToken, pageSize: 2, Timeout());
        var third = await mailbox.ListAsync(second.ContinuationToken, pageSize: 2, Timeout());
        var all = first.Mails.Concat(second.Mails).Concat(third.Mails).ToList();

        Assert.Equal(["Mail 4", "Mail 3", "Mail 2", "Mail 1", "Mail 0"], all.Select(m => m.Subject));
        Assert.Equal(Enumerable.Reverse(sent), all.Select(m => m.Id));
        Assert.Equal(2, first.Mails.Count);
        Assert.NotNull(first.ContinuationToken);
        Assert.False(all[0].HasInvite);
        Assert.True(all[1].HasInvite);
        Assert.Equal("referente@comune.perosacanavese.to.it", all[0].To);
        Assert.Equal(Monday, all[4].SentAt);
        Assert.True(third.ContinuationToken is null
            || (await mailbox.ListAsync(third.ContinuationToken, 2, Timeout())).Mails.Count == 0);
    }

    [Fact]
    public async Task Given_a_body_over_one_property_when_stored_then_it_comes_back_whole_with_surrogate_pairs_intact()
    {
        await using var table = await AzuriteTable.CreateAsync("mbx");
        var mailbox = new LocalMailboxSender(table.Client, new FakeTimeProvider(Monday));
        // 29 999 ASCII chars then emoji: the first part boundary falls inside a surrogate pair.
        var html = new string('a', LocalMailboxSender.PartLength - 1) + string.Concat(Enumerable.Repeat("🏔️ Valle d'Aosta è ", 5_000));

        var id = (await mailbox.SendAsync(Envelope(html: html), Timeout())).MessageId!;
        var mail = await mailbox.GetAsync(id, Timeout());

        Assert.True(html.Length > 2 * LocalMailboxSender.PartLength);
        Assert.Equal(html, mail!.Html);
        Assert.False(mail.Truncated);
    }

    [Fact]
    public async Task Given_a_body_over_the_entity_budget_when_stored_then_it_is_cut_with_a_mark_and_flagged()
    {
        await using var table = await AzuriteTable.CreateAsync("mbx");
        var mailbox = new LocalMailboxSender(table.Client, new FakeTimeProvider(Monday));
        var budget = LocalMailboxSender.PartLength * LocalMailboxSender.MaxHtmlParts;
        var html = new string('x', budget + 10_000);

        var id = (await mailbox.SendAsync(Envelope(html: html), Timeout())).MessageId!;
        var mail = await mailbox.GetAsync(id, Timeout());

        Assert.True(mail!.Truncated);
        Assert.True(mail.Html.Length <= budget);
        Assert.EndsWith(LocalMailboxSender.TruncationMark, mail.Html, StringComparison.Ordinal);
        Assert.StartsWith(new string('x', 1000), mail.Html, StringComparison.Ordinal);
        Assert.Equal("Ciao", mail.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nonsense")]
    [InlineData("9999999999999999999-zzzzzzzz")]
    [InlineData("0000000000000000001-00000000")]
    public async Task Given_an_unknown_or_invalid_id_then_there_is_no_mail(string id)
    {
        await using var table = await AzuriteTable.CreateAsync("mbx");
        var mailbox = new LocalMailboxSender(table.Client, new FakeTimeProvider(Monday));

        Assert.Null(await mailbox.GetAsync(id, Timeout()));
    }

    [Fact]
    public async Task Given_a_table_that_does_not_exist_yet_then_the_mailbox_creates_it()
    {
        await using var table = await AzuriteTable.CreateAsync("mbx");
        await table.Client.DeleteAsync();
        var mailbox = new LocalMailboxSender(table.Client, new FakeTimeProvider(Monday));

        Assert.Empty((await mailbox.ListAsync(null, 10, Timeout())).Mails);
        await mailbox.SendAsync(Envelope(), Timeout());
        Assert.Single((await mailbox.ListAsync(null, 10, Timeout())).Mails);
    }
}
