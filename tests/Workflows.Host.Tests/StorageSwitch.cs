using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Workflows.Host.Tests;

/// <summary>
/// Azurite behind a switch: TCP forwarders for the table, queue and blob endpoints (the task hub keeps its partition
/// leases in blobs) that can be turned off (every connection is reset, as when the emulator is stopped) and on again,
/// without touching the shared Azurite (the test command's, <see cref="TestStorage.ConnectionString"/>).
/// </summary>
public sealed class StorageSwitch : IAsyncDisposable
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Forwarder _tables = new(new Azure.Data.Tables.TableServiceClient(TestStorage.ConnectionString).Uri.Port);
    private readonly Forwarder _queues = new(new Azure.Storage.Queues.QueueServiceClient(TestStorage.ConnectionString).Uri.Port);
    private readonly Forwarder _blobs = new(new Azure.Storage.Blobs.BlobServiceClient(TestStorage.ConnectionString).Uri.Port);

    /// <summary>The connection string that goes through the switch.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};" +
        $"TableEndpoint=http://127.0.0.1:{_tables.Port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_queues.Port}/devstoreaccount1;" +
        $"BlobEndpoint=http://127.0.0.1:{_blobs.Port}/devstoreaccount1;";

    /// <summary>Storage "stops": open connections are reset, new ones refused.</summary>
    public void Down()
    {
        _tables.Down();
        _queues.Down();
        _blobs.Down();
    }

    /// <summary>
    /// Storage stops answering without refusing (a network that drops packets): open connections are reset, new ones
    /// are accepted and then left without an answer, so only the clients' own timeouts end a call.
    /// </summary>
    public void Hang()
    {
        _tables.Hang();
        _queues.Hang();
        _blobs.Hang();
    }

    /// <summary>Storage is back.</summary>
    public void Up()
    {
        _tables.Up();
        _queues.Up();
        _blobs.Up();
    }

    public async ValueTask DisposeAsync()
    {
        await _tables.DisposeAsync();
        await _queues.DisposeAsync();
        await _blobs.DisposeAsync();
    }

    private sealed class Forwarder : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly int _target;
        private readonly CancellationTokenSource _stop = new();
        private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
        private readonly Task _accepting;
        private readonly ConcurrentDictionary<TcpClient, byte> _held = new();
        private volatile bool _up = true;
        private volatile bool _hang;

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

        public void Hang()
        {
            _hang = true;
            Down();
        }

        public void Up()
        {
            _hang = false;
            _up = true;
            foreach (var client in _held.Keys)
            {
                _held.TryRemove(client, out _);
                Reset(client);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            Up();
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
                if (_hang)
                {
                    _held[client] = 0;
                    continue;
                }

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
