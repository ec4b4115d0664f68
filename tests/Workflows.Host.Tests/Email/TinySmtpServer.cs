using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Workflows.Host.Tests.Email;

/// <summary>
/// Just enough SMTP on 127.0.0.1 for MailKit: EHLO, MAIL, RCPT (answered with <see cref="RcptReply"/>), DATA, QUIT.
/// Records each accepted message's raw data.
/// </summary>
internal sealed class TinySmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public TinySmtpServer()
    {
        _listener.Start();
        _loop = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string RcptReply { get; set; } = "250 2.1.5 Ok";

    public ConcurrentQueue<string> Messages { get; } = new();

    public ConcurrentQueue<string> Recipients { get; } = new();

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            using (client)
            {
                try
                {
                    await ServeAsync(client.GetStream());
                }
                catch (IOException)
                {
                    // the client hung up
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return; // disposed while a client still held its session open
                }
            }
        }
    }

    private async Task ServeAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 tiny.test ESMTP");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', ':')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-tiny.test");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "MAIL":
                    await writer.WriteLineAsync("250 2.1.0 Ok");
                    break;
                case "RCPT":
                    Recipients.Enqueue(line);
                    await writer.WriteLineAsync(RcptReply);
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    Messages.Enqueue(data.ToString());
                    await writer.WriteLineAsync("250 2.0.0 Ok: queued as TINY1");
                    break;
                case "RSET":
                case "NOOP":
                    await writer.WriteLineAsync("250 2.0.0 Ok");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
