package ru.rop.portal.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's files with a switch for "the disk is full": while it is on, every write fails the way a full disk fails
 * ({@code No space left on device}); reads keep working. Used as {@code jdbc:h2:fulldisk:<path>}.
 */
public class FullDiskFilePath extends FilePathWrapper {

    static final String SCHEME = "fulldisk";
    private static volatile boolean full;

    static void register() {
        FilePath.register(new FullDiskFilePath());
    }

    static void full(boolean value) {
        full = value;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FullDiskFile(super.open(mode));
    }

    private static void refuseWhenFull() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    private static final class FullDiskFile extends FileBase {

        private final FileChannel channel;

        FullDiskFile(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            refuseWhenFull();
            return channel.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            refuseWhenFull();
            return channel.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            refuseWhenFull();
            channel.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuseWhenFull();
            channel.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
