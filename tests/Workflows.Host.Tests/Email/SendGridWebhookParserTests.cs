using System.Text;
using Workflows.Host.Email;

namespace Workflows.Host.Tests.Email;

public sealed class SendGridWebhookParserTests
{
    [Fact]
    public void Given_sendgrids_batch_then_delivery_events_of_our_mails_are_read_and_the_rest_ignored()
    {
        var events = SendGridWebhookParser.Parse(SendGridSigningKey.Batch());

        Assert.Equal(
            [EmailDeliveryKind.Delivered, EmailDeliveryKind.Bounced, EmailDeliveryKind.Dropped, EmailDeliveryKind.Deferred, EmailDeliveryKind.SpamReported],
            events.Select(e => e.Kind));
        Assert.Equal(
            new EmailDeliveryEvent(
                "0123456789abcdefghjkmnpqrs",
                "ob-7",
                EmailDeliveryKind.Delivered,
                DateTimeOffset.FromUnixTimeSeconds(1773651060),
                "ZGVsaXZlcmVk",
                "W4d9lkL3Q1mzXyZ.filter0001.1",
                "250 2.0.0 OK",
                null),
            events[0]);
        var bounce = events[1];
        Assert.Equal("1123456789abcdefghjkmnpqrs", bounce.InstanceId);
        Assert.Equal("ob-2", bounce.OutboxId);
        Assert.Equal("5.1.1", bounce.Status);
        Assert.StartsWith("550 5.1.1", bounce.Reason, StringComparison.Ordinal);
        Assert.Equal("Bounced Address", events[2].Reason);
        Assert.Equal("400 4.2.2 Mailbox full, try again later", events[3].Reason);
    }

    [Fact]
    public void Given_events_then_no_recipient_address_is_carried()
    {
        var events = SendGridWebhookParser.Parse(SendGridSigningKey.Batch());

        Assert.DoesNotContain(events, e => e.ToString().Contains("mario.rossi", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"event\":\"delivered\"}")]
    [InlineData("[1]")]
    [InlineData("[{\"timestamp\":1773651060}]")]
    [InlineData("[{\"event\":\"delivered\"}]")]
    [InlineData("[{\"event\":\"delivered\",\"timestamp\":\"yesterday\"}]")]
    public void Given_a_body_that_is_not_an_event_array_then_it_is_a_format_error(string body)
    {
        Assert.Throws<FormatException>(() => SendGridWebhookParser.Parse(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Given_an_empty_array_then_there_are_no_events()
    {
        Assert.Empty(SendGridWebhookParser.Parse("[]"u8));
    }
}
