using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace Justice.Domain.Persistence;

/// <summary>
/// Writes rows straight into PostgreSQL's binary COPY format (header, per row a field count, per field a
/// length and the value in network order). Npgsql's typed importer resolves a converter for every field,
/// which costs more than the database spends storing it; this writer only copies bytes into a buffer.
/// Supports the column types the bulk paths use: uuid, integer, date, boolean and text/varchar.
/// </summary>
public sealed class PostgresBinaryCopyWriter : IAsyncDisposable
{
    // Signature "PGCOPY\n\xff\r\n\0", then 32-bit flags and header-extension length, both zero.
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly int PostgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;
    private bool _completed;

    private PostgresBinaryCopyWriter(Stream stream)
    {
        _stream = stream;
        Header.CopyTo(_buffer, 0);
        _used = Header.Length;
    }

    /// <summary>Starts <c>COPY "table" (columns…) FROM STDIN (FORMAT BINARY)</c> on an open connection.</summary>
    public static async Task<PostgresBinaryCopyWriter> BeginAsync(NpgsqlConnection connection, string table, IReadOnlyList<string> columns,
        CancellationToken cancellationToken)
    {
        var sql = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
        return new PostgresBinaryCopyWriter(await connection.BeginRawBinaryCopyAsync(sql, cancellationToken));
    }

    public void StartRow(int fieldCount)
    {
        Reserve(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_used), (short)fieldCount);
        _used += 2;
    }

    public void WriteNull()
    {
        Reserve(4);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_used), -1);
        _used += 4;
    }

    public void Write(Guid value)
    {
        Reserve(20);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_used), 16);
        value.TryWriteBytes(_buffer.AsSpan(_used + 4, 16), bigEndian: true, out _);
        _used += 20;
    }

    public void Write(int value)
    {
        Reserve(8);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_used), 4);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_used + 4), value);
        _used += 8;
    }

    public void Write(bool value)
    {
        Reserve(5);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_used), 1);
        _buffer[_used + 4] = value ? (byte)1 : (byte)0;
        _used += 5;
    }

    public void Write(DateOnly value) => Write(value.DayNumber - PostgresEpochDay);

    public void Write(DateOnly? value)
    {
        if (value is { } day) Write(day);
        else WriteNull();
    }

    public void Write(string? value)
    {
        if (value is null)
        {
            WriteNull();
            return;
        }
        var maxBytes = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (maxBytes + 4 > _buffer.Length)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            Reserve(4);
            BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_used), bytes.Length);
            _used += 4;
            Flush();
            _stream.Write(bytes);
            return;
        }
        Reserve(maxBytes + 4);
        var written = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_used + 4));
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_used), written);
        _used += 4 + written;
    }

    /// <summary>Writes the trailer and ends the COPY; the rows become visible with the caller's transaction.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        Reserve(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_used), -1);
        _used += 2;
        await _stream.WriteAsync(_buffer.AsMemory(0, _used), cancellationToken);
        _used = 0;
        _completed = true;
        await _stream.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_completed) return;
        // Not completed means a failure part-way: cancel so the server discards the rows instead of committing a partial COPY.
        if (_stream is NpgsqlRawCopyStream copy) await copy.CancelAsync();
        await _stream.DisposeAsync();
    }

    private void Reserve(int bytes)
    {
        if (_used + bytes > _buffer.Length) Flush();
    }

    // Synchronous on purpose: a flush every 64 KiB costs less than an await per field would.
    private void Flush()
    {
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }
}
