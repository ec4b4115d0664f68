using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Workflows.Host.Tests;

/// <summary>
/// Azurite behind a switch: TCP forwarders for the table and queue endpoints that can be turned off (every
/// connection is reset, as when the emulator is stopped) and on again, without touching the shared Azurite.
/// </summary>
public sealed class StorageSwitch : IAsyncDisposable
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Forwarder _tables = new(10002);
    private readonly Forwarder _queues = new(10001);

    /// <summary>The connection string that goes through the switch.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};" +
        $"TableEndpoint=http://127.0.0.1:{_tables.Port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_queues.Port}/devstoreaccount1;" +
        "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

    /// <summary>Storage "stops": open connections are reset, new ones refused.</summary>
    public void Down()
    {
        _tables.Down();
        _queues.Down();
    }

    /// <summary>Storage is back.</summary>
    public void Up()
    {
        _tables.Up();
        _queues.Up();
    }

    public async ValueTask DisposeAsync()
    {
        await _tables.DisposeAsync();
        await _queues.DisposeAsync();
    }

    private sealed class Forwarder : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly int _target;
        private readonly CancellationTokenSource _stop = new();
        private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
        private readonly Task _accepting;
        private volatile bool _up = true;

        public Forwarder(int target)
        {
            _target = target;
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _accepting = AcceptAsync();
        }

        public int Port { get; }

        public void Down()
        {
            _up = false;
            foreach (var client in _open.Keys)
            {
                Reset(client);
            }
        }

        public void Up() => _up = true;

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            Down();
            try
            {
                await _accepting;
            }
            catch (OperationCanceledException)
            {
            }
            catch (SocketException)
            {
            }

            _stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                if (!_up)
                {
                    Reset(client);
                    continue;
                }

                _ = PipeAsync(client);
            }
        }

        private async Task PipeAsync(TcpClient client)
        {
            using var upstream = new TcpClient();
            _open[client] = 0;
            _open[upstream] = 0;
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, _target);
                var down = client.GetStream();
                var up = upstream.GetStream();
                await Task.WhenAny(down.CopyToAsync(up, _stop.Token), up.CopyToAsync(down, _stop.Token));
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
            }
            finally
            {
                _open.TryRemove(client, out _);
                _open.TryRemove(upstream, out _);
                Reset(client);
            }
        }

        private static void Reset(TcpClient client)
        {
            try
            {
                if (client.Client is { } socket)
                {
                    socket.LingerState = new LingerOption(true, 0);
                }
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
            }

            client.Dispose();
        }
    }
}
