using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Workflows.Host.Email;

namespace Workflows.Host.Tests.Email;

/// <summary>A key pair standing in for SendGrid's, and a realistic event batch signed with it.</summary>
internal sealed class SendGridSigningKey : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string PublicKey => Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo());

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString();

    public string Sign(string timestamp, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        return Convert.ToBase64String(_key.SignData(signed, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
    }

    public IOptions<SendGridWebhookOptions> Options() =>
        Microsoft.Extensions.Options.Options.Create(new SendGridWebhookOptions { PublicKey = PublicKey });

    public void Dispose() => _key.Dispose();

    // Shaped like SendGrid's documented event payload; custom args arrive as top-level properties.
    public static byte[] Batch() => Encoding.UTF8.GetBytes("""
        [
          {"email":"mario.rossi@example.org","timestamp":1773651000,"smtp-id":"<14c5d75ce93.dfd.64b469@ismtpd-555>",
           "event":"processed","category":["convocation"],"sg_event_id":"cHJvY2Vzc2Vk","sg_message_id":"W4d9lkL3Q1mzXyZ.filter0001.1",
           "instanceId":"0123456789abcdefghjkmnpqrs","outboxId":"ob-7"},
          {"email":"mario.rossi@example.org","timestamp":1773651060,"smtp-id":"<14c5d75ce93.dfd.64b469@ismtpd-555>",
           "event":"delivered","category":["convocation"],"sg_event_id":"ZGVsaXZlcmVk","sg_message_id":"W4d9lkL3Q1mzXyZ.filter0001.1",
           "response":"250 2.0.0 OK","instanceId":"0123456789abcdefghjkmnpqrs","outboxId":"ob-7"},
          {"email":"nessuno@comune.burolo.to.it","timestamp":1773651120,"event":"bounce","type":"bounce","status":"5.1.1",
           "reason":"550 5.1.1 The email account that you tried to reach does not exist.","sg_event_id":"Ym91bmNl",
           "sg_message_id":"Q2xzZWNvbmQ.filter0002.1","instanceId":"1123456789abcdefghjkmnpqrs","outboxId":"ob-2"},
          {"email":"soppresso@example.org","timestamp":1773651180,"event":"dropped","reason":"Bounced Address",
           "status":"5.0.0","sg_event_id":"ZHJvcHBlZA","sg_message_id":"RHJvcA.filter0003.1",
           "instanceId":"2123456789abcdefghjkmnpqrs","outboxId":"ob-3"},
          {"email":"lento@example.org","timestamp":1773651240,"event":"deferred","response":"400 4.2.2 Mailbox full, try again later",
           "attempt":"1","sg_event_id":"ZGVmZXJyZWQ","sg_message_id":"RGVm.filter0004.1",
           "instanceId":"3123456789abcdefghjkmnpqrs","outboxId":"ob-4"},
          {"email":"mario.rossi@example.org","timestamp":1773651300,"event":"spamreport","sg_event_id":"c3BhbQ",
           "sg_message_id":"W4d9lkL3Q1mzXyZ.filter0001.1","instanceId":"0123456789abcdefghjkmnpqrs","outboxId":"ob-7"},
          {"email":"mario.rossi@example.org","timestamp":1773651360,"event":"open","sg_machine_open":false,"useragent":"Mozilla/5.0",
           "ip":"192.0.2.1","sg_event_id":"b3Blbg","sg_message_id":"W4d9lkL3Q1mzXyZ.filter0001.1",
           "instanceId":"0123456789abcdefghjkmnpqrs","outboxId":"ob-7"},
          {"email":"altro@example.org","timestamp":1773651420,"event":"delivered","sg_event_id":"bm90IG91cnM",
           "sg_message_id":"Tm90T3Vycw.filter0005.1","response":"250 OK"}
        ]
        """);
}
